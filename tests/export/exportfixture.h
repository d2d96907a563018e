#pragma once

#include "document.h"

#include <memory>

namespace pamoja::testing {

// Names that must never appear in any export: the participant who did not consent to be named
// (and whose ideas are anonymous), and a name only known to the anonymous contributor.
inline const QString HiddenName = QStringLiteral("Zuberi Siri-Mwangi");
inline const QString ConsentingName = QStringLiteral("Amani Kipchumba");
inline const QString WorkshopTitle = QStringLiteral("Balanced partnerships Nairobi–Utrecht 2026");
inline const QString ClusterTitle = QStringLiteral("Shared decision-making");
inline const QString FrenchIdea = QStringLiteral("Égalité réelle des partenaires, même pour les décisions budgétaires");
inline const QString ArabicIdea = QStringLiteral("شراكة متوازنة بين المنظمات");
inline const QString DevanagariIdea = QStringLiteral("समान साझेदारी और पारदर्शी निर्णय");
inline const QString ChineseIdea = QStringLiteral("平等的伙伴关系和共同决策");
inline const QString FormulaIdea = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");
inline const QString SystemChangeTitle = QStringLiteral("Direct funding for Southern CSOs");
inline const QString ActionText = QStringLiteral("Draft a joint funding proposal with Southern co-leads");

// A rich workshop built through the Document funnel with fixed ids and times: participants with
// and without consent, anonymous ideas, clusters, tags, a closed voting round, a system change, an
// action and links, ideas in Latin with diacritics, Arabic, Devanagari and Chinese.
std::unique_ptr<Document> makeRichWorkshop(const QString &path);

// A workshop of about 'ideas' ideas over the three steps, for benchmarks.
std::unique_ptr<Document> makeLargeWorkshop(const QString &path, int ideas);

} // namespace pamoja::testing
