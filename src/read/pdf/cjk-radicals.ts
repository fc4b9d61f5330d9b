// PDFs printed by Chromium (Skia) with Noto CJK, and by several office suites, map the glyph an ideograph shares
// with a radical back to the radical's code point: 一 comes out as ⼀ (U+2F00), 门 as ⻔ (U+2ED4). Readers of the
// text then see no 一般公共预算 and no 部门. The radicals never stand for themselves in running Chinese text, so
// they are read as the ideographs they are drawn with.

/**
 * Radicals whose ideograph NFKC does not give: CJK Radicals Supplement (U+2E80–U+2EFF), and ⼾ which NFKC maps
 * to the traditional 戶 while the simplified-Chinese fonts draw 户. Derived from the cmaps of Debian's
 * fonts-noto-cjk (code points that share one glyph).
 */
const RADICALS: Readonly<Record<string, string>> = {
  '⺂': '乛', '⺃': '乚', '⺅': '亻', '⺉': '刂', '⺋': '㔾', '⺎': '兀', '⺏': '尣', '⺐': '尢', '⺒': '巳', '⺓': '幺', '⺔': '彑', '⺕': '彐', '⺖': '忄',
  '⺘': '扌', '⺙': '攵', '⺛': '旡', '⺞': '歺', '⺠': '民', '⺡': '氵', '⺣': '灬', '⺤': '爫', '⺦': '丬', '⺨': '犭', '⺫': '罒', '⺭': '礻', '⺯': '糹',
  '⺰': '纟', '⺱': '罓', '⺲': '罒', '⺳': '㓁', '⺹': '耂', '⺺': '肀', '⺾': '艹', '⺿': '艹', '⻁': '虎', '⻂': '衤', '⻃': '覀', '⻄': '西', '⻅': '见',
  '⻆': '角', '⻈': '讠', '⻉': '贝', '⻋': '车', '⻌': '辶', '⻍': '辶', '⻎': '辶', '⻐': '钅', '⻑': '長', '⻒': '镸', '⻓': '长', '⻔': '门', '⻖': '阝',
  '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻟': '飠', '⻠': '饣', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟',
  '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻫': '斉', '⻬': '齐', '⻭': '歯', '⻮': '齿', '⻯': '竜', '⻰': '龙', '⻱': '龜', '⻲': '亀', '⼾': '户',
};

const RADICAL = /[\u2e80-\u2fdf]/u;
const RADICALS_ALL = /[\u2e80-\u2fdf]/gu;

/** Replaces CJK radicals by the unified ideographs they are drawn with; other text is returned unchanged. */
export function unifyRadicals(text: string): string {
  return RADICAL.test(text) ? text.replace(RADICALS_ALL, (ch) => RADICALS[ch] ?? ch.normalize('NFKC')) : text;
}
