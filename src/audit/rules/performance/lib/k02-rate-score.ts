// K-02 执行率得分 = 分值 × min(执行率, 100%) (usually: observed in every seed, but some provinces score it in bands).

/** The template's default weight of the 执行率 when the table prints no 分值 for it. */
export const DEFAULT_RATE_WEIGHT = '10';
