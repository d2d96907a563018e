#include "defaultcatalogue.h"

#include "../domain/record.h"

#include <QCoreApplication>

namespace pamoja {

namespace {

struct Entry
{
    const char *kind;
    const char *code;
    const char *name;
    const char *counters;
};

// QT_TRANSLATE_NOOP marks the names for lupdate; they are translated when a workshop is created.
const Entry entries[] = {
    {"theme", "T01", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Roles and responsibilities"), ""},
    {"theme", "T02", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Partnership building"), ""},
    {"theme", "T03", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Agenda and strategy"), ""},
    {"theme", "T04", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Decision-making"), ""},
    {"theme", "T05", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Resources and finance"), ""},
    {"theme", "T06", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Risk sharing"), ""},
    {"theme", "T07", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Accountability and learning"), ""},
    {"theme", "T08", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Communication and representation"), ""},
    {"theme", "T09", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Community-led development"), ""},
    {"theme", "T10", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Mindset and culture"), ""},
    {"factor", "F01", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Information advantage in calls for proposals"), ""},
    {"factor", "F02", QT_TRANSLATE_NOOP("pamoja::Catalogue", "The lead applicant claims the final say"), ""},
    {"factor", "F03", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Money flows through Northern intermediaries"), ""},
    {"factor", "F04", QT_TRANSLATE_NOOP("pamoja::Catalogue", "The donor fixes funding modalities before local actors have a say"), ""},
    {"factor", "F05", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Risk judged from the donor's side and pushed down the chain"), ""},
    {"factor", "F06", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Upward accountability, thresholds and reporting standards"), ""},
    {"factor", "F07", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Agendas and theories of change set in the North"), ""},
    {"factor", "F08", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Governance designed before all partners have joined"), ""},
    {"factor", "F09", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Partnership rules written unilaterally by the Northern party"), ""},
    {"factor", "F10", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Habits, mindsets and inherited perceptions of Southern capacity"), ""},
    {"factor", "F11", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Short cycles, deadlines and workload leave no room to co-create"), ""},
    {"factor", "F12", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Rigid monitoring and evaluation decide whose evidence counts"), ""},
    {"factor", "F13", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Control of information, knowledge and language"), ""},
    {"factor", "F14", QT_TRANSLATE_NOOP("pamoja::Catalogue", "The Northern partner speaks for the partnership"), ""},
    {"factor", "F15", QT_TRANSLATE_NOOP("pamoja::Catalogue", "One-way capacity strengthening defined by the North"), ""},
    {"factor", "F16", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Weak downward accountability to communities"), ""},
    {"factor", "F17", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Competition among Northern CSOs for the same fund"), ""},
    {"measure", "M01", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Regular power-awareness analysis with follow-up actions"), "F08,F09,F13"},
    {"measure", "M02", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Transparent governance reflecting the network's diversity"), "F02,F08"},
    {"measure", "M03", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Shared information and mutual capacity strengthening"), "F13,F15"},
    {"measure", "M04", QT_TRANSLATE_NOOP("pamoja::Catalogue", "A culture of open discussion about power"), "F10"},
    {"measure", "M05", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Change several formal rules together, aligned with stated values"), "F09"},
    {"measure", "M06", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Two-way due diligence and mutual accountability"), "F05,F06"},
    {"measure", "M07", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Locally designed accountability, a wider notion of risk, simpler compliance"), "F05,F06"},
    {"measure", "M08", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Decentralised leadership and rights-holders on advisory boards"), "F02,F14"},
    {"measure", "M09", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Participatory monitoring, evaluation and learning"), "F12"},
    {"measure", "M10", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Northern and Southern co-facilitation of power conversations"), "F10,F14"},
    {"measure", "M11", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Northern members invited together with a Southern counterpart"), "F14"},
    {"measure", "M12", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Organisation-level self-assessment and a shared library of methods"), "F10"},
    {"measure", "M13", QT_TRANSLATE_NOOP("pamoja::Catalogue", "Resources entrusted directly to Southern actors"), "F03,F04"},
};

} // namespace

QString defaultCatalogueProvenance()
{
    return QCoreApplication::translate("pamoja::Catalogue",
                                       "Pamoja derived list v1 (not the working group's official list)");
}

QList<CatalogueItem> defaultCatalogue()
{
    QList<CatalogueItem> items;
    int position = 0;
    for (const Entry &e : entries) {
        CatalogueItem item;
        item.id = newId();
        item.kind = QString::fromLatin1(e.kind);
        item.code = QString::fromLatin1(e.code);
        item.name = QCoreApplication::translate("pamoja::Catalogue", e.name);
        item.provenance = defaultCatalogueProvenance();
        item.counters = QString::fromLatin1(e.counters);
        item.position = position++;
        items.append(item);
    }
    return items;
}

} // namespace pamoja
