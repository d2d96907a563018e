#pragma once

// Change-set builders for the translations beside ideas: machine translations (Apertium, see
// core/translation) and a person's translation or correction. Like edits.h they only describe a
// change; Document::apply() makes it, so every one is one undoable step in the history.

#include "domain/workshopdata.h"
#include "result.h"

namespace pamoja::edits {

inline constexpr char TranslationByMachine[] = "machine";
inline constexpr char TranslationByPerson[] = "person";

struct MachineTranslation
{
    QUuid ideaId;
    QString sourceText;  // the idea's text that was translated
    QString translation;
};

// Stores machine translations into `language`. Skips an idea that is gone, whose text changed since
// it was sent (the translation would be of other words), whose translation a person made or
// corrected (never overwritten), or which is in `language` itself.
ChangeSet setMachineTranslations(const WorkshopData &data, const QList<MachineTranslation> &translations,
                                 const QString &language);

// A person's translation, e.g. the facilitator correcting a machine translation: marked "person"
// from then on. An empty text removes the translation.
Result<ChangeSet> setTranslation(const WorkshopData &data, const QUuid &ideaId, const QString &text,
                                 const QString &language);

} // namespace pamoja::edits
