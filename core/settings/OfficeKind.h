#pragma once

#include "Term.h"

namespace ogi {

// What kind of office keeps the register, for the dates of Art. 49 (条例第四十九条): a
// government department at county level or above (县级以上人民政府部门) submits its annual
// report to the competent office by 31 January; the competent office for government
// information of a local government at county level or above (县级以上地方人民政府的政府
// 信息公开工作主管部门) publishes the government's report by 31 March.
enum class OfficeKind
{
    Department,
    Government
};

// "department" 县级以上人民政府部门, "government" 政府信息公开工作主管部门.
const QList<Term<OfficeKind>>& officeKinds();

} // namespace ogi
