#include "DemoNoticeText.h"

#include "notices/NoticeTemplate.h"

using namespace Qt::StringLiterals;

namespace ogi::demo {

QMap<QString, QString> demoNoticeEdits(const QString& composedTemplate)
{
    static const QMap<QString, QString> texts = {
        { u"how_to_obtain"_s, u"随本答复书提供电子文档一份"_s },
        { u"provided"_s, u"项目批复文件"_s },
        { u"withheld_part"_s, u"涉及个人身份信息的内容"_s },
        { u"reasons"_s, u"经审查，详见本机关留存的审查意见"_s },
        { u"withhold_basis"_s, u"《中华人民共和国政府信息公开条例》第十五条"_s },
        { u"where_published"_s, u"本机关门户网站“政府信息公开”栏目"_s },
        { u"search_done"_s, u"本机关档案室及相关业务科室的纸质和电子档案"_s },
        { u"responsible_agency"_s, u"示范区自然资源局"_s },
        { u"responsible_contact"_s, u"电话：010-12345679"_s },
        { u"earlier_reply"_s, u"本机关此前已作出的答复"_s },
        { u"governing_law"_s, u"《不动产登记资料查询暂行办法》，可向不动产登记机构申请查询"_s },
        { u"proper_channel"_s, u"向示范区信访局反映"_s },
        { u"where_to_obtain"_s, u"公开发行的出版物，可在新华书店或图书馆查阅"_s },
    };
    QMap<QString, QString> edits;
    for (const TemplateField& field : templateFields(composedTemplate))
        if (field.editable)
            edits.insert(field.name, texts.value(field.name, field.label));
    return edits;
}

} // namespace ogi::demo
