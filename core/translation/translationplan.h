#pragma once

// Which ideas of a workshop a translation run sends to Apertium, and why the others are left out,
// counted so the window and the command line can say so.

#include "apertium.h"
#include "batchtranslator.h"
#include "translationedits.h"

#include <QMap>

namespace pamoja {
class WorkshopData;
}

namespace pamoja::translation {

struct Plan
{
    QString to;
    QList<SourceText> texts;      // key: the idea's id (WithoutBraces)
    int unknownLanguage = 0;      // language unknown: never guessed
    int alreadyInTarget = 0;      // written in `to` already
    int byPerson = 0;             // a person's translation, kept
    QMap<QString, int> noPair;    // source language -> ideas no installed pair can translate
    QStringList noPairMessages;   // one message per such language, naming the missing pair

    int skipped() const;
    int noPairCount() const;
};

// The ideas of `step` (0: every step) to translate into `to`.
Plan plan(const WorkshopData &data, const QString &to, int step, const Apertium &apertium);

// The translations a run produced, as edits::setMachineTranslations wants them.
QList<edits::MachineTranslation> machineTranslations(const Plan &plan, const QHash<QString, QString> &results);

} // namespace pamoja::translation
