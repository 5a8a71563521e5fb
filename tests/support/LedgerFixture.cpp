#include "LedgerFixture.h"

#include <QDate>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ogi::test {

QString residentIdNumber(int i)
{
    const QString base = u"110105%1%2%3%4"_s.arg(1950 + i % 50)
                             .arg(1 + i % 12, 2, 10, QChar(u'0'))
                             .arg(1 + i % 28, 2, 10, QChar(u'0'))
                             .arg(i % 1000, 3, 10, QChar(u'0'));
    static const int weights[] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    int sum = 0;
    for (int k = 0; k < 17; ++k)
        sum += (base.at(k).unicode() - u'0') * weights[k];
    return base + QStringLiteral("10X98765432").at(sum % 11);
}

QString ledgerCsv(int rows)
{
    static const QStringList outcomes { u"予以公开"_s, u"部分公开"_s, u"不予公开-保护第三方合法权益"_s,
        u"无法提供-本机关不掌握相关政府信息"_s, u"不予处理-重复申请"_s, u"予以公开"_s, u"无法提供-没有现成信息需要另行制作"_s };
    static const QStringList channels { u"网络平台"_s, u"邮寄"_s, u"当面"_s, u"电子邮件"_s };
    static const QStringList subjects { u"地块征收补偿方案"_s, u"年度财政预算执行情况"_s, u"建设项目环境影响评价报告"_s,
        u"行政处罚决定书"_s, u"城市更新规划批复"_s };
    QString csv = u"编号,收到日期,申请方式,申请人,申请人类型,证件号码,联系电话,联系地址,申请内容,状态,答复日期,办理结果,延期,备注\r\n"_s;
    const QDate first(2021, 1, 4);
    for (int i = 0; i < rows; ++i) {
        QDate received = first.addDays(qint64(i) * 1800 / rows);
        while (received.dayOfWeek() > 5)
            received = received.addDays(-1);
        const bool open = i % 100 == 99;
        const QDate replied = received.addDays(3 + i % 23);
        csv += u"L%1,%2,%3,申请人%4,自然人,%5,138%6,某省某市某区某路%7号,关于%8号%9的公开申请,%10,%11,%12,%13,%14\r\n"_s
                   .arg(i, 6, 10, QChar(u'0'))
                   .arg(received.toString(Qt::ISODate), channels.at(i % channels.size()))
                   .arg(i)
                   .arg(residentIdNumber(i))
                   .arg(i, 8, 10, QChar(u'0'))
                   .arg(i)
                   .arg(i % 977)
                   .arg(subjects.at(i % subjects.size()), open ? u"办理中"_s : u"已答复"_s,
                       open ? QString() : replied.toString(Qt::ISODate), open ? QString() : outcomes.at(i % outcomes.size()),
                       i % 10 == 0 ? u"是"_s : u"否"_s, i % 17 == 0 ? u"原台账补录"_s : QString());
    }
    return csv;
}

} // namespace ogi::test
