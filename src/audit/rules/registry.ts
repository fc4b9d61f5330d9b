// Every rule of the audit, in the order they run and are reported: one file per rule, named for its id
// (src/audit/rules/<family>/<id>.ts). A rule is listed here once; registry.test.ts checks that every rule file is.
import type { Rule } from '../engine.js';
import { R_01 } from './reading/R-01.js';
import { M_01 } from './completeness/M-01.js';
import { M_02 } from './completeness/M-02.js';
import { M_03 } from './completeness/M-03.js';
import { T07_04 } from './completeness/T07-04.js';
import { T08_02 } from './completeness/T08-02.js';
import { T01_01 } from './arithmetic/T01-01.js';
import { T01_02 } from './arithmetic/T01-02.js';
import { T01_03 } from './arithmetic/T01-03.js';
import { T01_04 } from './arithmetic/T01-04.js';
import { T01_05 } from './arithmetic/T01-05.js';
import { T01_06 } from './arithmetic/T01-06.js';
import { T02_01 } from './arithmetic/T02-01.js';
import { T02_02 } from './arithmetic/T02-02.js';
import { T02_03 } from './arithmetic/T02-03.js';
import { T03_01 } from './arithmetic/T03-01.js';
import { T03_02 } from './arithmetic/T03-02.js';
import { T04_01 } from './arithmetic/T04-01.js';
import { T04_02 } from './arithmetic/T04-02.js';
import { T04_03 } from './arithmetic/T04-03.js';
import { T04_04 } from './arithmetic/T04-04.js';
import { T04_05 } from './arithmetic/T04-05.js';
import { T04_06 } from './arithmetic/T04-06.js';
import { T04_07 } from './arithmetic/T04-07.js';
import { T04_08 } from './arithmetic/T04-08.js';
import { T05_01 } from './arithmetic/T05-01.js';
import { T05_02 } from './arithmetic/T05-02.js';
import { T06_01 } from './arithmetic/T06-01.js';
import { T06_02 } from './arithmetic/T06-02.js';
import { T06_03 } from './arithmetic/T06-03.js';
import { T06_04 } from './arithmetic/T06-04.js';
import { T06_05 } from './arithmetic/T06-05.js';
import { T07_01 } from './arithmetic/T07-01.js';
import { T07_02 } from './arithmetic/T07-02.js';
import { T07_03 } from './arithmetic/T07-03.js';
import { T08_01 } from './arithmetic/T08-01.js';
import { T09_01 } from './arithmetic/T09-01.js';
import { T09_02 } from './arithmetic/T09-02.js';
import { T10_01 } from './arithmetic/T10-01.js';
import { T10_02 } from './arithmetic/T10-02.js';
import { T10_03 } from './arithmetic/T10-03.js';
import { X_01 } from './cross-table/X-01.js';
import { X_02 } from './cross-table/X-02.js';
import { X_03 } from './cross-table/X-03.js';
import { X_04 } from './cross-table/X-04.js';
import { X_05 } from './cross-table/X-05.js';
import { X_06 } from './cross-table/X-06.js';
import { X_07 } from './cross-table/X-07.js';
import { X_08 } from './cross-table/X-08.js';
import { X_09 } from './cross-table/X-09.js';
import { X_10 } from './cross-table/X-10.js';
import { X_11 } from './cross-table/X-11.js';
import { X_12 } from './cross-table/X-12.js';
import { X_13 } from './cross-table/X-13.js';
import { X_14 } from './cross-table/X-14.js';
import { X_15 } from './cross-table/X-15.js';
import { C_01 } from './catalog/C-01.js';
import { C_02 } from './catalog/C-02.js';
import { C_03 } from './catalog/C-03.js';
import { C_04 } from './catalog/C-04.js';
import { C_05 } from './catalog/C-05.js';
import { C_06 } from './catalog/C-06.js';
import { D_01 } from './internal/D-01.js';
import { D_02 } from './internal/D-02.js';
import { N_13 } from './narrative/N-13.js';
import { N_01 } from './narrative/N-01.js';
import { N_07 } from './narrative/N-07.js';
import { N_04 } from './narrative/N-04.js';
import { N_05 } from './narrative/N-05.js';
import { N_08 } from './narrative/N-08.js';
import { N_12 } from './narrative/N-12.js';
import { N_14 } from './narrative/N-14.js';
import { N_16 } from './narrative/N-16.js';
import { N_17 } from './narrative/N-17.js';
import { N_18 } from './narrative/N-18.js';
import { N_28 } from './internal/N-28.js';
import { N_29 } from './internal/N-29.js';
import { N_02 } from './internal/N-02.js';
import { N_30 } from './internal/N-30.js';
import { N_31 } from './internal/N-31.js';
import { N_32 } from './internal/N-32.js';
import { N_10 } from './internal/N-10.js';
import { N_33 } from './internal/N-33.js';
import { N_03 } from './internal/N-03.js';
import { N_25 } from './internal/N-25.js';
import { N_26 } from './internal/N-26.js';
import { N_37 } from './internal/N-37.js';
import { N_34 } from './narrative/N-34.js';
import { X_17 } from './narrative/X-17.js';
import { X_18 } from './narrative/X-18.js';
import { X_19 } from './narrative/X-19.js';
import { X_22 } from './narrative/X-22.js';
import { N_09 } from './narrative/N-09.js';
import { N_23 } from './narrative/N-23.js';
import { N_35 } from './narrative/N-35.js';
import { N_24 } from './narrative/N-24.js';
import { N_38 } from './narrative/N-38.js';
import { N_00 } from './narrative/N-00.js';
import { K_01 } from './performance/K-01.js';
import { K_14 } from './performance/K-14.js';
import { K_02 } from './performance/K-02.js';
import { K_03 } from './performance/K-03.js';
import { K_04 } from './performance/K-04.js';
import { K_05 } from './performance/K-05.js';
import { K_06 } from './performance/K-06.js';
import { K_07 } from './performance/K-07.js';
import { K_08 } from './performance/K-08.js';
import { K_09 } from './performance/K-09.js';
import { K_10 } from './performance/K-10.js';
import { K_11 } from './performance/K-11.js';
import { K_12 } from './performance/K-12.js';
import { K_13 } from './performance/K-13.js';
import { N_11 } from './performance/N-11.js';
import { N_19 } from './performance/N-19.js';
import { N_20 } from './performance/N-20.js';
import { N_21 } from './performance/N-21.js';
import { N_36 } from './performance/N-36.js';
import { N_22 } from './performance/N-22.js';
import { N_27 } from './performance/N-27.js';
import { P_01 } from './performance/P-01.js';
import { P_02 } from './performance/P-02.js';
import { M_04 } from './completeness/M-04.js';
import { M_05 } from './completeness/M-05.js';
import { B01_01 } from './arithmetic/B01-01.js';
import { B01_02 } from './arithmetic/B01-02.js';
import { B01_03 } from './arithmetic/B01-03.js';
import { B02_01 } from './arithmetic/B02-01.js';
import { B02_02 } from './arithmetic/B02-02.js';
import { B03_01 } from './arithmetic/B03-01.js';
import { B03_02 } from './arithmetic/B03-02.js';
import { B04_01 } from './arithmetic/B04-01.js';
import { B04_02 } from './arithmetic/B04-02.js';
import { B04_03 } from './arithmetic/B04-03.js';
import { B05_01 } from './arithmetic/B05-01.js';
import { B05_02 } from './arithmetic/B05-02.js';
import { B06_01 } from './arithmetic/B06-01.js';
import { B06_02 } from './arithmetic/B06-02.js';
import { B07_01 } from './arithmetic/B07-01.js';
import { B07_02 } from './arithmetic/B07-02.js';
import { B08_01 } from './arithmetic/B08-01.js';
import { B08_02 } from './arithmetic/B08-02.js';
import { B09_01 } from './arithmetic/B09-01.js';
import { B10_01 } from './arithmetic/B10-01.js';
import { B10_02 } from './arithmetic/B10-02.js';
import { B11_01 } from './arithmetic/B11-01.js';
import { B11_02 } from './arithmetic/B11-02.js';
import { B12_02 } from './arithmetic/B12-02.js';
import { B13_01 } from './arithmetic/B13-01.js';
import { X_23 } from './cross-table/X-23.js';
import { X_24 } from './cross-table/X-24.js';
import { X_25 } from './cross-table/X-25.js';
import { X_26 } from './cross-table/X-26.js';
import { M_06 } from './completeness/M-06.js';
import { N_39 } from './narrative/N-39.js';
import { Y_01 } from './cross-document/Y-01.js';
import { Y_02 } from './cross-document/Y-02.js';
import { Y_03 } from './cross-document/Y-03.js';

export const RULES: readonly Rule[] = [
  R_01,
  M_01,
  M_02,
  M_03,
  T07_04,
  T08_02,
  M_06,
  T01_01,
  T01_02,
  T01_03,
  T01_04,
  T01_05,
  T01_06,
  T02_01,
  T02_02,
  T02_03,
  T03_01,
  T03_02,
  T04_01,
  T04_02,
  T04_03,
  T04_04,
  T04_05,
  T04_06,
  T04_07,
  T04_08,
  T05_01,
  T05_02,
  T06_01,
  T06_02,
  T06_03,
  T06_04,
  T06_05,
  T07_01,
  T07_02,
  T07_03,
  T08_01,
  T09_01,
  T09_02,
  T10_01,
  T10_02,
  T10_03,
  B01_01,
  B01_02,
  B01_03,
  B02_01,
  B02_02,
  B03_01,
  B03_02,
  B04_01,
  B04_02,
  B04_03,
  B05_01,
  B05_02,
  B06_01,
  B06_02,
  B07_01,
  B07_02,
  B08_01,
  B08_02,
  B09_01,
  B10_01,
  B10_02,
  B11_01,
  B11_02,
  B12_02,
  B13_01,
  X_01,
  X_02,
  X_03,
  X_04,
  X_05,
  X_06,
  X_07,
  X_08,
  X_09,
  X_10,
  X_11,
  X_12,
  X_13,
  X_14,
  X_15,
  X_23,
  X_24,
  X_25,
  X_26,
  C_01,
  C_02,
  C_03,
  C_04,
  C_05,
  C_06,
  D_01,
  D_02,
  N_13,
  N_01,
  N_07,
  N_04,
  N_05,
  N_08,
  N_12,
  N_14,
  N_16,
  N_17,
  N_18,
  N_39,
  N_28,
  N_29,
  N_02,
  N_30,
  N_31,
  N_32,
  N_10,
  N_33,
  N_03,
  N_25,
  N_26,
  N_37,
  N_34,
  X_17,
  X_18,
  X_19,
  X_22,
  N_09,
  N_23,
  N_35,
  N_24,
  N_38,
  N_00,
  K_01,
  K_14,
  K_02,
  K_03,
  K_04,
  K_05,
  K_06,
  K_07,
  K_08,
  K_09,
  K_10,
  K_11,
  K_12,
  K_13,
  N_11,
  N_19,
  N_20,
  N_21,
  N_36,
  N_22,
  N_27,
  P_01,
  P_02,
  M_04,
  M_05,
  Y_01,
  Y_02,
  Y_03,
];
