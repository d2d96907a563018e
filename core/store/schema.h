#pragma once

#include <QStringList>

namespace pamoja::schema {

// 'PMJA': marks an SQLite file as a Pamoja workshop.
inline constexpr int ApplicationId = 0x504D4A41;
inline constexpr int CurrentVersion = 7;
// The version whose history entries have ids and parents (WorkshopStore::identifyHistory runs after it).
inline constexpr int HistoryGraphVersion = 4;

// The statements that bring a file from version - 1 to version, in order. Migrations are append-only:
// once released, a version's statements never change.
QStringList migration(int version);

} // namespace pamoja::schema
