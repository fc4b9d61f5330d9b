// 公开02 收入决算表: each row's 本年收入合计 is the sum of the income types, every column adds up the
// classification hierarchy, and every 项/款 is shown under its 款/类 (consistency-rules.md §1 T02).
import { TERMS as T } from '../../../../model/glossary.js';

export const INCOME_TYPES = [T.fiscalAppropriationIncome, T.superiorSubsidyIncome, T.businessIncome, T.operatingIncome, T.subordinateRemittanceIncome, T.otherIncome];
