import { describe, expect, it } from 'vitest';
import { correctText, distance, domainLexicon, Lexicon } from './lexicon.js';

describe('lexicon', () => {
  it('measures edit distance by characters, giving up past a limit', () => {
    expect(distance([...'决算表'], [...'诀算表'])).toBe(1);
    expect(distance([...'经营支出'], [...'经营'])).toBe(2);
    expect(distance([...'abcdef'], [...'uvwxyz'], 2)).toBe(3);
  });

  it('matches a text to the only term close enough, never a short or ambiguous one', () => {
    const lexicon = new Lexicon(['合计', '小计', '基本支出', '项目支出', '经营支出', '收入支出决算总表']);
    expect(lexicon.match('经党支出')).toEqual({ term: '经营支出', distance: 1 });
    expect(lexicon.match('收入支出诀算总表')).toEqual({ term: '收入支出决算总表', distance: 1 });
    expect(lexicon.match('知计')).toBeUndefined(); // two characters: 合计 or 小计?
    expect(lexicon.match('目支出')).toEqual({ term: '项目支出', distance: 1 }); // 经营支出 is two away
    expect(new Lexicon(['基本支出', '基础支出']).match('基x支出')).toBeUndefined();
  });

  it('corrects cells and titles: specks dropped, ordinals and brackets kept', () => {
    const lexicon = domainLexicon();
    expect(correctText('。。基本支出', lexicon)).toEqual({ text: '基本支出', distance: 0 });
    expect(correctText('财政拨款收入支出诀算总表', lexicon)).toEqual({ text: '财政拨款收入支出决算总表', distance: 1 });
    expect(correctText('八、社会保障和就业文出', lexicon)).toEqual({ text: '八、社会保障和就业支出', distance: 1 });
    expect(correctText('因公出国(境)费', lexicon)).toEqual({ text: '因公出国（境）费', distance: 0 });
    expect(correctText('上海市普陀区规划和自然资源局', lexicon)).toBeUndefined();
  });
});
