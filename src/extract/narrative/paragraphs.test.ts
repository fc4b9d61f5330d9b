import { describe, expect, it } from 'vitest';
import { sectionsOf } from '../../../test/support/narrative.js';
import { joinParagraphs, sourceAt } from './paragraphs.js';

const join = (text: string) => joinParagraphs(sectionsOf(text));

describe('joinParagraphs', () => {
  it('joins a sentence soft-wrapped or cut by a page break, keeping each piece’s line', () => {
    const [p] = join('## 十、其他重要事项\n\n截至2024年12月31日，本部门共有车辆2辆。其中：机要通信用车2辆，单价100\n\n万元（含）以上设备（不含车辆）0台（套）。\n');
    expect(p?.text).toBe('截至2024年12月31日，本部门共有车辆2辆。其中：机要通信用车2辆，单价100万元（含）以上设备（不含车辆）0台（套）。');
    expect(p?.pieces.map((x) => x.source)).toEqual([{ line: 3 }, { line: 5 }]);
    expect(sourceAt(p!, p!.text.indexOf('万元（含）'))).toEqual({ line: 5 });
    expect(sourceAt(p!, 3)).toEqual({ line: 3 });
  });

  it('boxes a number on its own printed line when the reader placed each line of the paragraph', () => {
    const paragraph = {
      text: '收入总计100.00万元，与上年 相比增加5.00万元。',
      source: { page: 3, bbox: [90, 100, 510, 140] as [number, number, number, number] },
      pieces: [
        { offset: 0, source: { page: 3, bbox: [90, 100, 510, 118] as [number, number, number, number] } },
        { offset: 20, source: { page: 3, bbox: [90, 122, 300, 140] as [number, number, number, number] } },
      ],
    };
    const [p] = joinParagraphs([{ path: ['一、收支总体情况'], source: paragraph.source, paragraphs: [paragraph] }]);
    // the space between Chinese characters is closed up, and the second line's offset moves with it
    expect(p?.text).toBe('收入总计100.00万元，与上年相比增加5.00万元。');
    expect(p?.pieces.map((x) => x.offset)).toEqual([0, 19]);
    // the second line: 加 (wide) then 5.00 (narrow), boxed inside that line's box
    const second = sourceAt(p!, p!.text.indexOf('5.00'), p!.text.indexOf('5.00') + 4);
    expect(second).toMatchObject({ page: 3 });
    const [x0, top, x1, bottom] = 'bbox' in second ? second.bbox : [];
    expect([top, bottom]).toEqual([122, 140]);
    expect(x0).toBeGreaterThan(90);
    expect(x1).toBeLessThan(300);
    // without an end, the whole line
    expect(sourceAt(p!, 3)).toEqual(paragraph.pieces[0]!.source);
  });

  it('drops page numbers between the pieces and joins a line that is only the closing punctuation', () => {
    const [p] = join('## 九、三公\n因公出国（境）费支出0元，与上年相同，主要原因是：本单位无因公出国（境）费支出\n— 17 —\n；\n');
    expect(p?.text).toBe('因公出国（境）费支出0元，与上年相同，主要原因是：本单位无因公出国（境）费支出；');
  });

  it("drops a chart's data labels, but not a number wrapped away from its unit", () => {
    const paragraphs = join('## 一、总体情况\n收入总计100.00万元。\n收入支出决算总计\n100.00 100.00\n27.05%\n612.10（27.05%）\n80\n本年收入合计\n2,262.43\n万元，与上年持平。\n');
    const texts = paragraphs.map((p) => p.text);
    expect(texts).not.toContain('100.00 100.00');
    expect(texts).not.toContain('27.05%');
    expect(texts).not.toContain('612.10（27.05%）');
    expect(texts).toContain('2,262.43');
    expect(texts).toContain('收入总计100.00万元。');
  });

  it('keeps finished sentences, list items and titled paragraphs apart', () => {
    const paragraphs = join(
      '## 三、支出决算情况说明\n2024年度支出合计2,262.43万元，其中：\n基本支出612.10万元，占比27.06%；\n项目支出1,650.32万元，占比72.94%。\n临时工工资项目绩效自评综述：得分为100分（项目自评表见附件）\n医保服务下沉政府购买服务经费项目绩效自评综述：得分为95分。\n',
    );
    expect(paragraphs.map((p) => p.text.slice(0, 6))).toEqual(['2024年度', '基本支出61', '项目支出1,', '临时工工资项', '医保服务下沉']);
  });

  it('undoes a numbered line taken for a heading when its sentence runs on', () => {
    const [p] = join('## （三）具体情况\n4. 卫生健康支出（类）行政事业单位医疗（款）公务员医疗\n补助（项）。年初预算为 100.00 万元。\n');
    expect(p?.text.startsWith('4. 卫生健康支出（类）行政事业单位医疗（款）公务员医疗补助（项）。')).toBe(true);
    expect(p?.path).toEqual(['（三）具体情况']);
  });

  it('treats a short numbered line ending in 。 as a sub-heading for what follows', () => {
    const paragraphs = join('## 五、一般公共预算财政拨款支出决算情况说明\n（二）结构情况。\n社会保障和就业（类）支出 8.96 万元，占 2.40%。\n');
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]?.path).toEqual(['五、一般公共预算财政拨款支出决算情况说明', '（二）结构情况。']);
  });

  it('closes the gaps justified PDF text puts between Chinese characters, not between numbers', () => {
    const [p] = join('## 一、总体情况\n与上年相 比，财政 拨款收入 100.00 万元。\n');
    expect(p?.text).toBe('与上年相比，财政拨款收入 100.00 万元。');
  });
});
