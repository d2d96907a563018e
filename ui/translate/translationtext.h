#pragma once

// How the window names an idea's translation: short marks for a note ("MT" for machine translation,
// "Tr." for a person's) and a sentence for tooltips and screen readers.

#include "domain/entities.h"

namespace pamoja::translationtext {

bool isMachine(const Idea &idea);
// "MT" or "Tr."; empty without a translation.
QString mark(const Idea &idea);
// "Machine translation (French): ..." / "Translation, corrected by a person (French): ..."
QString sentence(const Idea &idea);

} // namespace pamoja::translationtext
