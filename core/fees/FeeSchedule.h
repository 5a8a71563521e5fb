#pragma once

namespace ogi {

// The tariffs of 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号), reference/fees.md.
// Amounts in whole yuan.

// The fee for the `ordinal`-th application (1-based) of one applicant in one calendar month:
// 1-10 free; 11-30: 100; then every further 10 raise it by 100 (31-40: 200, 41-50: 300, ...).
// Throws Error(InvalidInput) for an ordinal below 1.
int feeByCount(int ordinal);

// The fee for one application of `pages` pages: up to 30 free; pages 31-100: 10 a page;
// 101-200: 20 a page; from 201: 40 a page, each tier charged on the pages inside it.
// Throws Error(InvalidInput) for a negative page count.
int feeByVolume(int pages);

} // namespace ogi
