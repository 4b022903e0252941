import { describe, expect, it } from 'vitest';
import { findMentions, mentionedUserIds } from './mentions.js';

const members = [
  { userId: 'usr_zs', name: '张三' },
  { userId: 'usr_zsf', name: '张三丰' },
  { userId: 'usr_anna', name: 'Anna' },
  { userId: 'usr_lina', name: 'Li Na' },
  { userId: 'usr_li', name: 'Li' },
  { userId: 'usr_blank', name: '  ' },
];

describe('mention parsing', () => {
  it('finds CJK and Latin names with their spans, longest name first', () => {
    const body = '@张三丰 请看标题，@Li Na 和 @li 看配图，@张三你也看下';
    expect(findMentions(body, members)).toEqual([
      { userId: 'usr_zsf', start: 0, end: 4 },
      { userId: 'usr_lina', start: 10, end: 16 },
      { userId: 'usr_li', start: 19, end: 22 },
      { userId: 'usr_zs', start: 27, end: 30 },
    ]);
    expect(body.slice(10, 16)).toBe('@Li Na');
    expect(body.slice(27, 30)).toBe('@张三');
  });

  it('ignores e-mail addresses, unknown names and Latin names that run on', () => {
    expect(findMentions('mail anna@example.com, @Annabel, @nobody, @ 张三, @', members)).toEqual([]);
    expect(findMentions('(@anna) @Anna, @ANNA!', members).map((h) => h.userId)).toEqual(['usr_anna', 'usr_anna', 'usr_anna']);
  });

  it('lists each mentioned user once, in order of first mention', () => {
    expect(mentionedUserIds('@Anna @张三 @anna @张三', members)).toEqual(['usr_anna', 'usr_zs']);
    expect(mentionedUserIds('no mentions here', members)).toEqual([]);
  });
});
