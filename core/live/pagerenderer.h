#pragma once

#include "participantview.h"

#include <QByteArray>
#include <QString>

namespace pamoja {

class PageText;

// The participant page as server-rendered HTML that works without JavaScript: plain forms that POST
// to the form routes of docs/http-api.md. The script (/static/app.js) enhances the same markup. Every
// string that comes from a user or the workshop is HTML-escaped; the page's own strings come from
// PageText in the view's language. No inline script or style (the server's CSP forbids them).
class PageRenderer
{
public:
    static QByteArray render(const ParticipantView &view);

    // Escapes & < > " ' for text and double-quoted attribute values.
    static QString escape(const QString &text);
    // "English", "Nederlands", ... (each language by its own name).
    static QString languageName(const QString &code);

private:
    static QString joinForm(const ParticipantView &view, const PageText &t);
    static QString joined(const ParticipantView &view, const PageText &t);
    static QString ideaForm(const ParticipantView &view, const PageText &t);
    static QString mine(const ParticipantView &view, const PageText &t);
    static QString round(const ParticipantView &view, const PageText &t);
    static QString board(const ParticipantView &view, const PageText &t);
    static QString report(const ParticipantView &view, const PageText &t);
};

} // namespace pamoja
