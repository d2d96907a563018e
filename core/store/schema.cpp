#include "schema.h"

namespace pamoja::schema {

namespace {

QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE workshop (id TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL, "
                       "context TEXT NOT NULL, mode TEXT NOT NULL, languages TEXT NOT NULL, "
                       "start_date TEXT NOT NULL, end_date TEXT NOT NULL, facilitators TEXT NOT NULL, "
                       "anonymity TEXT NOT NULL, weighting TEXT NOT NULL, private_writing INTEGER NOT NULL, "
                       "active_step INTEGER NOT NULL, created TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE prompts (id TEXT PRIMARY KEY NOT NULL, step INTEGER NOT NULL, "
                       "text TEXT NOT NULL, position INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE organisations (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, "
                       "short_name TEXT NOT NULL, type TEXT NOT NULL, constituency TEXT NOT NULL, "
                       "country TEXT NOT NULL, role TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE participants (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, "
                       "organisation_id TEXT REFERENCES organisations(id) DEFERRABLE INITIALLY DEFERRED, "
                       "constituency TEXT NOT NULL, country TEXT NOT NULL, language TEXT NOT NULL, "
                       "role TEXT NOT NULL, consent INTEGER NOT NULL, present INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE clusters (id TEXT PRIMARY KEY NOT NULL, step INTEGER NOT NULL, "
                       "title TEXT NOT NULL, colour TEXT NOT NULL, x REAL NOT NULL, y REAL NOT NULL, "
                       "collapsed INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE ideas (id TEXT PRIMARY KEY NOT NULL, step INTEGER NOT NULL, "
                       "prompt_id TEXT REFERENCES prompts(id) DEFERRABLE INITIALLY DEFERRED, "
                       "text TEXT NOT NULL, original_text TEXT NOT NULL, language TEXT NOT NULL, "
                       "author_id TEXT REFERENCES participants(id) DEFERRABLE INITIALLY DEFERRED, "
                       "constituency TEXT NOT NULL, source TEXT NOT NULL, created TEXT NOT NULL, "
                       "modified TEXT NOT NULL, "
                       "cluster_id TEXT REFERENCES clusters(id) DEFERRABLE INITIALLY DEFERRED, "
                       "merged_into TEXT REFERENCES ideas(id) DEFERRABLE INITIALLY DEFERRED, "
                       "hidden INTEGER NOT NULL, revealed INTEGER NOT NULL, x REAL NOT NULL, y REAL NOT NULL)"),
        QStringLiteral("CREATE TABLE catalogue (id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, "
                       "code TEXT NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL, "
                       "provenance TEXT NOT NULL, counters TEXT NOT NULL, position INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE tags (id TEXT PRIMARY KEY NOT NULL, target_id TEXT NOT NULL, "
                       "item_id TEXT NOT NULL REFERENCES catalogue(id) DEFERRABLE INITIALLY DEFERRED, "
                       "UNIQUE (target_id, item_id))"),
        QStringLiteral("CREATE TABLE voting_rounds (id TEXT PRIMARY KEY NOT NULL, step INTEGER NOT NULL, "
                       "title TEXT NOT NULL, target TEXT NOT NULL, dots_per_participant INTEGER NOT NULL, "
                       "max_per_item INTEGER NOT NULL, open INTEGER NOT NULL, created TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE votes (id TEXT PRIMARY KEY NOT NULL, "
                       "round_id TEXT NOT NULL REFERENCES voting_rounds(id) DEFERRABLE INITIALLY DEFERRED, "
                       "participant_id TEXT REFERENCES participants(id) DEFERRABLE INITIALLY DEFERRED, "
                       "target_id TEXT NOT NULL, dots INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE system_changes (id TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL, "
                       "target_actor TEXT NOT NULL, policy_element TEXT NOT NULL, current_state TEXT NOT NULL, "
                       "proposed_change TEXT NOT NULL, source_id TEXT, created TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE actions (id TEXT PRIMARY KEY NOT NULL, description TEXT NOT NULL, "
                       "owner_id TEXT REFERENCES participants(id) DEFERRABLE INITIALLY DEFERRED, "
                       "co_owner_id TEXT REFERENCES participants(id) DEFERRABLE INITIALLY DEFERRED, "
                       "due_date TEXT NOT NULL, status TEXT NOT NULL, origin TEXT NOT NULL, "
                       "created TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE links (id TEXT PRIMARY KEY NOT NULL, from_id TEXT NOT NULL, "
                       "to_id TEXT NOT NULL, UNIQUE (from_id, to_id))"),
        QStringLiteral("CREATE TABLE history (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, "
                       "actor TEXT NOT NULL, description TEXT NOT NULL, changes TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX ideas_step ON ideas(step)"),
        QStringLiteral("CREATE INDEX ideas_cluster ON ideas(cluster_id)"),
        QStringLiteral("CREATE INDEX ideas_author ON ideas(author_id)"),
        QStringLiteral("CREATE INDEX ideas_merged ON ideas(merged_into)"),
        QStringLiteral("CREATE INDEX ideas_prompt ON ideas(prompt_id)"),
        QStringLiteral("CREATE INDEX participants_org ON participants(organisation_id)"),
        QStringLiteral("CREATE INDEX votes_round ON votes(round_id)"),
        QStringLiteral("CREATE INDEX votes_participant ON votes(participant_id)"),
        QStringLiteral("CREATE INDEX tags_item ON tags(item_id)"),
        QStringLiteral("CREATE INDEX actions_owner ON actions(owner_id)"),
        QStringLiteral("CREATE INDEX actions_co_owner ON actions(co_owner_id)"),
    };
}

// Version 2: room for a translation beside each idea's own words.
QStringList version2()
{
    return {
        QStringLiteral("ALTER TABLE ideas ADD COLUMN translation TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE ideas ADD COLUMN translation_language TEXT NOT NULL DEFAULT ''"),
    };
}

// Version 3: how sure Pamoja is of each idea's language (100 given, 1-99 detected, 0 unknown). A
// language in an older file was given by a person or an import: nothing detected before version 3.
QStringList version3()
{
    return {
        QStringLiteral("ALTER TABLE ideas ADD COLUMN language_confidence INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE ideas SET language_confidence = 100 WHERE language <> ''"),
    };
}

// Version 4 (merging workshops): the history becomes a graph of immutable entries, like git. Each
// entry gets an id (unique; the store gives the entries of an older file deterministic ids after these
// statements, WorkshopStore::identifyHistory) and its parents' ids; a merge entry (kind 'merge') has
// the heads of the merged copies as parents and keeps the participants it took as the same person
// (aliases "from=to,..."). Ideas gain the review flag a merge sets on conflicting edits.
QStringList version4()
{
    return {
        QStringLiteral("ALTER TABLE history ADD COLUMN entry_id TEXT"),
        QStringLiteral("ALTER TABLE history ADD COLUMN parents TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE history ADD COLUMN kind TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE history ADD COLUMN aliases TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE ideas ADD COLUMN review INTEGER NOT NULL DEFAULT 0"),
    };
}

// Version 5: keywords per language on each catalogue item (a JSON object, see catalogue/keywords.h),
// for tag suggestions. Older files get none stored; the suggestions then use the shipped keywords of
// an item's code.
QStringList version5()
{
    return {
        QStringLiteral("ALTER TABLE catalogue ADD COLUMN keywords TEXT NOT NULL DEFAULT ''"),
    };
}

// Version 6: who made each idea's translation ("machine" or "person"), so a machine translation is
// marked as one and a facilitator's correction is never overwritten. Translations in older files were
// typed or imported: nothing translated by machine before version 6.
QStringList version6()
{
    return {
        QStringLiteral("ALTER TABLE ideas ADD COLUMN translation_source TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE ideas SET translation_source = 'person' WHERE translation <> ''"),
    };
}

// Version 7 (several `pamoja serve` on one workshop in a database): the live server's device sessions
// (looked up by a hash of the token, never the token) and the ideas each device sent (by another hash
// of its token, so the table does not tell which device wrote an anonymous idea), with the moderation
// queue. Not workshop content: never in the history, exports, copies or merges. A file leaves them
// empty: one file has one server, which keeps its sessions in memory.
QStringList version7()
{
    return {
        QStringLiteral("CREATE TABLE live_devices (number INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "token_hash TEXT UNIQUE NOT NULL, join_code TEXT NOT NULL, csrf TEXT NOT NULL, "
                       "name TEXT NOT NULL, participant_id TEXT NOT NULL, anonymous INTEGER NOT NULL, "
                       "constituency TEXT NOT NULL, language TEXT NOT NULL, blocked INTEGER NOT NULL, "
                       "created TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE live_ideas (idea_id TEXT PRIMARY KEY NOT NULL, owner_hash TEXT NOT NULL, "
                       "held INTEGER NOT NULL, held_device TEXT NOT NULL, received INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX live_ideas_owner ON live_ideas(owner_hash)"),
    };
}

} // namespace

QStringList migration(int version)
{
    switch (version) {
    case 1: return version1();
    case 2: return version2();
    case 3: return version3();
    case 4: return version4();
    case 5: return version5();
    case 6: return version6();
    case 7: return version7();
    default: return {};
    }
}

} // namespace pamoja::schema
