// 公开03 支出决算表: each row's 本年支出合计 is the sum of the spending types, and every column adds up the
// classification hierarchy (consistency-rules.md §1 T03).
import { TERMS as T } from '../../../../model/glossary.js';

export const SPENDING_TYPES = [T.basicExpenditure, T.projectExpenditure, T.remittanceToSuperior, T.operatingExpenditure, T.subsidyToSubordinates];
