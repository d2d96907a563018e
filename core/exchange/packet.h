#pragma once

// Contribution packets: what the offline contribution form (core/live/contributionform.h) saves for
// a participant to send back by e-mail or on a USB stick. A short armoured text block (see
// docs/file-format.md) that survives being pasted into an e-mail body, re-wrapped, quoted with "> "
// and saved with CRLF; read strictly, with a SHA-256 checksum over the content so that a truncated
// or edited packet is refused whole. A checksum is not a signature: it stops accidents and naive
// edits, not someone who recomputes it.

#include "../domain/workshopdata.h"
#include "../result.h"

#include <QByteArray>
#include <QDateTime>

namespace pamoja::packet {

inline constexpr int Version = 1;
inline constexpr qint64 MaxBytes = 2LL * 1024 * 1024; // the file or e-mail holding the packet
inline constexpr int MaxPayloadBytes = 1024 * 1024;   // the decoded content
inline constexpr int MaxIdeas = 500;
inline constexpr int MaxTextLength = 4000; // as an idea (edits::makeIdea)
inline constexpr int MaxNameLength = 200;
inline const char BeginLine[] = "-----BEGIN PAMOJA CONTRIBUTION-----";
inline const char EndLine[] = "-----END PAMOJA CONTRIBUTION-----";

struct Idea
{
    QUuid id;
    int step = 1;
    QUuid promptId;
    QString text;
    QString author;       // empty: anonymous
    QString constituency; // a constituency code, or empty
    QDateTime created;    // UTC
};

struct Packet
{
    QUuid workshopId;
    QString workshopTitle; // as the form showed it; only for messages
    QUuid packetId;
    QDateTime created;
    QString language; // the form's language when it was saved
    QList<Idea> ideas;
};

// Whether the bytes hold a packet's first line anywhere (also quoted, or in an e-mail file).
bool contains(const QByteArray &bytes);
// Reads the first packet in the bytes. Errors say whether it is truncated, damaged or edited,
// from a newer version, or malformed, naming the field.
Result<Packet> parse(const QByteArray &bytes);
// The armoured text the form writes (the form's script and this writer make the same bytes).
QByteArray write(const Packet &p);

struct Plan
{
    ChangeSet changes;
    int added = 0;
    int alreadyPresent = 0;
    QStringList newParticipants;
    QStringList warnings;
};

// One change set adding the packet's ideas that the workshop does not have yet (source
// "offline_form", matched by id, so a second import adds nothing). A packet for another workshop is
// refused naming both. Named authors are matched on the roster by name, else added as participants
// who chose to be named; an unknown prompt falls back to the step's first prompt, with a warning.
Result<Plan> plan(const WorkshopData &data, const Packet &p);

} // namespace pamoja::packet
