import { describe, expect, it } from 'vitest';
import { correctText, distance, domainLexicon, Lexicon } from './lexicon.js';

describe('lexicon', () => {
  it('measures edit distance by characters, giving up past a limit', () => {
    expect(distance([...'决算表'], [...'诀算表'])).toBe(0.5); // look-alikes cost half
    expect(distance([...'预算表'], [...'诀算表'])).toBe(1);
    expect(distance([...'经营支出'], [...'经营'])).toBe(2);
    expect(distance([...'abcdef'], [...'uvwxyz'], 2)).toBe(3);
  });

  it('matches a text to the only term close enough, never a short or ambiguous one', () => {
    const lexicon = new Lexicon(['合计', '小计', '基本支出', '项目支出', '经营支出', '收入支出决算总表']);
    expect(lexicon.match('经党支出')).toEqual({ term: '经营支出', distance: 0.5 });
    expect(lexicon.match('收入支出诀算总表')).toEqual({ term: '收入支出决算总表', distance: 0.5 });
    // a 决算 title and a 预算 title one character apart: the look-alike decides
    expect(new Lexicon(['财政拨款收入支出决算总表', '财政拨款收入支出预算总表']).match('财政拨款收入支出诀算总表')).toEqual({ term: '财政拨款收入支出决算总表', distance: 0.5 });
    expect(lexicon.match('知计')).toBeUndefined(); // two characters: 合计 or 小计?
    expect(lexicon.match('目支出')).toEqual({ term: '项目支出', distance: 1 }); // 经营支出 is two away
    expect(new Lexicon(['基本支出', '基础支出']).match('基x支出')).toBeUndefined();
  });

  it('corrects cells and titles: specks dropped, ordinals and brackets kept', () => {
    const lexicon = domainLexicon();
    expect(correctText('。。基本支出', lexicon)).toEqual({ text: '基本支出', distance: 0 });
    expect(correctText('财政拨款收入支出诀算总表', lexicon)).toEqual({ text: '财政拨款收入支出决算总表', distance: 0.5 });
    expect(correctText('八、社会保障和就业文出', lexicon)).toEqual({ text: '八、社会保障和就业支出', distance: 1 });
    expect(correctText('因公出国(境)费', lexicon)).toEqual({ text: '因公出国（境）费', distance: 0 });
    expect(correctText('上海市普陀区规划和自然资源局', lexicon)).toBeUndefined();
  });
});
