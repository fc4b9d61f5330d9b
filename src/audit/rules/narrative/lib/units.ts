// Units as written (N-23, README §3.1): an amount needs its unit and a rate its percent sign ("5850.45其中",
// "收、支总计2280.29。", "增长 13.95。"); 万 alone is not a unit of money; and the unit must fit the figure — an
// amount written in 元 that is a 万元 figure of the document's tables or narrative ("涉及资金69.62元" where
// 公开05 prints 69.62万元) is an error.
import type { Claim } from '../../../../model/claim.js';

export const AMOUNTS = new Set<Claim['measure']>(['amount', 'budget', 'change']);
