import type { PiiFinding } from '../types.js';

const PROVINCES =
  '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门';
const H = '[\\u4e00-\\u9fa5]';
const NUM = '[0-9一二三四五六七八九十百零〇]';
/**
 * A street address: optional province, city, district/county, town, then a road/street/lane
 * followed by a house number (…号 / …弄), then optional building/unit/room.
 */
const ADDRESS = new RegExp(
  `(?:(?:${PROVINCES})(?:省|市|自治区|特别行政区)?)?` +
    `(?:${H}{2,6}?(?:市|州|盟))?` +
    `(?:${H}{1,6}?(?:区|县|旗))?` +
    `(?:${H}{1,8}?(?:镇|乡|街道))?` +
    `(?:${H}|\\d){1,12}?(?:路|街|大道|大街|巷|弄|胡同|里)` +
    `${NUM}+(?:号|弄)(?:院)?` +
    `(?:${NUM}+(?:号楼|栋|幢|座|单元|层|楼|室|号))*`,
  'g',
);
/** Words that commonly precede an address and are not part of it. */
const LEAD_IN = /(?:收货地址|地址|住址|住在|位于|家住|来到|寄到|送到|在)[:：]?/g;
const WHOLE = new RegExp(`^(?:${ADDRESS.source})`);
const ADMIN = /(?:省|市|自治区|区|县|旗|镇|乡|街道)/;

/** Confidence 0.8 with an administrative level (省/市/区/县/镇…), 0.55 for a bare road + number. */
export function findAddresses(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  for (const m of text.matchAll(ADDRESS)) {
    let start = m.index;
    let s = m[0];
    // Cut the longest lead-in ("我家住在", "收货地址：") that leaves a complete address.
    const cuts = [...s.matchAll(LEAD_IN)].map((l) => l.index + l[0].length).sort((a, b) => b - a);
    for (const cut of cuts) {
      const rest = s.slice(cut);
      const again = WHOLE.exec(rest);
      if (cut < s.length && again && again[0].length === rest.length) {
        start += cut;
        s = rest;
        break;
      }
    }
    out.push({ kind: 'address', start, end: start + s.length, confidence: ADMIN.test(s) ? 0.8 : 0.55 });
  }
  return out;
}
