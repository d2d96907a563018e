<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>pamoja::ActionModel</name>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Both owners are %1; a Northern and a Southern co-owner share power better.</source>
        <translation>Les deux responsables relèvent du collège %1&#xa0;; des coresponsables du Nord et du Sud partagent mieux le pouvoir.</translation>
    </message>
    <message>
        <source>⚠ Same side</source>
        <translation>⚠ Même côté</translation>
    </message>
    <message>
        <source>Write the due date as year-month-day, for example 2026-03-31.</source>
        <translation>Saisissez l’échéance au format année-mois-jour, par exemple 2026-03-31.</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Modifier l’action</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Co-owner</source>
        <translation>Coresponsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>System changes</source>
        <translation>Changements systémiques</translation>
    </message>
    <message>
        <source>From workshop</source>
        <translation>Atelier d’origine</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Équilibre</translation>
    </message>
</context>
<context>
    <name>pamoja::BalanceMeter</name>
    <message>
        <source>Participation balance</source>
        <translation>Équilibre de la participation</translation>
    </message>
    <message>
        <source>%1: %2% of people, %3% of ideas, %4% of votes</source>
        <translation>%1&#xa0;: %2&#xa0;% des personnes, %3&#xa0;% des idées, %4&#xa0;% des votes</translation>
    </message>
    <message>
        <source>⚠ %1 gave %2% of the ideas but are %3% of the people present.</source>
        <translation>⚠ Le collège %1 a apporté %2&#xa0;% des idées, mais représente %3&#xa0;% des personnes présentes.</translation>
    </message>
    <message>
        <source>⚠ %1 cast %2% of the votes but are %3% of the people present.</source>
        <translation>⚠ Le collège %1 a exprimé %2&#xa0;% des votes, mais représente %3&#xa0;% des personnes présentes.</translation>
    </message>
    <message>
        <source>Southern CSO</source>
        <translation>OSC du Sud</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>ideas</source>
        <translation>idées</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>votes</translation>
    </message>
    <message>
        <source>Mark participants as present to see the balance.</source>
        <translation>Indiquez les participants présents pour voir l’équilibre.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>pamoja::BallotModel</name>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>All dots</source>
        <translation>Toutes les gommettes</translation>
    </message>
    <message>
        <source>Their dots</source>
        <translation>Ses gommettes</translation>
    </message>
</context>
<context>
    <name>pamoja::BoardScene</name>
    <message numerus="yes">
        <source>Move %n idea(s) into cluster &quot;%1&quot;</source>
        <translation>
            <numerusform>Déplacer %n idée dans le regroupement «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Déplacer %n idées dans le regroupement «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a cluster</source>
        <translation>Créer un regroupement</translation>
    </message>
    <message numerus="yes">
        <source>Move %n idea(s)</source>
        <translation>
            <numerusform>Déplacer %n idée</numerusform>
            <numerusform>Déplacer %n idées</numerusform>
        </translation>
    </message>
    <message>
        <source>Move cluster &quot;%1&quot;</source>
        <translation>Déplacer le regroupement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Collapse or expand a cluster</source>
        <translation>Réduire ou déplier un regroupement</translation>
    </message>
    <message>
        <source>Rename cluster to &quot;%1&quot;</source>
        <translation>Renommer le regroupement en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit an idea&apos;s words</source>
        <translation>Modifier la formulation d’une idée</translation>
    </message>
    <message>
        <source>Change a cluster&apos;s colour</source>
        <translation>Changer la couleur d’un regroupement</translation>
    </message>
    <message>
        <source>Select two or more ideas to merge.</source>
        <translation>Sélectionnez au moins deux idées à fusionner.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n duplicate(s)</source>
        <translation>
            <numerusform>Fusionner %n doublon</numerusform>
            <numerusform>Fusionner %n doublons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n idea(s)</source>
        <translation>
            <numerusform>Supprimer %n idée</numerusform>
            <numerusform>Supprimer %n idées</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete ideas and clusters</source>
        <translation>Supprimer des idées et des regroupements</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Dégrouper</translation>
    </message>
    <message>
        <source>Hide ideas</source>
        <translation>Masquer des idées</translation>
    </message>
    <message>
        <source>Show hidden ideas</source>
        <translation>Afficher les idées masquées</translation>
    </message>
    <message numerus="yes">
        <source>Reveal %n idea(s)</source>
        <translation>
            <numerusform>Dévoiler %n idée</numerusform>
            <numerusform>Dévoiler %n idées</numerusform>
        </translation>
    </message>
    <message>
        <source>Original words: %1</source>
        <translation>Formulation d’origine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Merged duplicates:</source>
        <translation>Doublons fusionnés&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n idea(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n idée</numerusform>
            <numerusform>%1&#xa0;: %n idées</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an idea that has merged duplicates.</source>
        <translation>Sélectionnez une idée qui a des doublons fusionnés.</translation>
    </message>
    <message numerus="yes">
        <source>Separate %n duplicate(s)</source>
        <translation>
            <numerusform>Séparer %n doublon</numerusform>
            <numerusform>Séparer %n doublons</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge cluster &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>Fusionner le regroupement «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n item(s)</source>
        <translation>
            <numerusform>Décaler %n élément</numerusform>
            <numerusform>Décaler %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>Marquer comme vérifié</translation>
    </message>
</context>
<context>
    <name>pamoja::BoardStyle</name>
    <message>
        <source>South</source>
        <translation>Sud</translation>
    </message>
    <message>
        <source>North</source>
        <translation>Nord</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
</context>
<context>
    <name>pamoja::BoardView</name>
    <message>
        <source>Board of ideas</source>
        <translation>Tableau des idées</translation>
    </message>
    <message>
        <source>Revealed ideas</source>
        <translation>Idées dévoilées</translation>
    </message>
    <message>
        <source>Notes and clusters. Arrow keys move between notes, Enter edits, Delete removes. The outline view shows the same ideas as a list.</source>
        <translation>Notes et regroupements. Les touches fléchées permettent de passer d’une note à l’autre, Entrée modifie, Suppr supprime. La vue Plan présente les mêmes idées sous forme de liste.</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>&amp;Merge Duplicates</source>
        <translation>&amp;Fusionner les doublons</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Group into Cluster</source>
        <translation>&amp;Regrouper</translation>
    </message>
    <message>
        <source>&amp;Ungroup</source>
        <translation>&amp;Dégrouper</translation>
    </message>
    <message>
        <source>&amp;Rename Cluster</source>
        <translation>Re&amp;nommer le regroupement</translation>
    </message>
    <message>
        <source>&amp;Collapse or Expand Cluster</source>
        <translation>Réduire ou dé&amp;plier le regroupement</translation>
    </message>
    <message>
        <source>&amp;Hide from Presenter View</source>
        <translation>&amp;Masquer dans la vue présentateur</translation>
    </message>
    <message>
        <source>Show &amp;Original Words</source>
        <translation>Afficher la formulation d’&amp;origine</translation>
    </message>
    <message>
        <source>These ideas keep their original words.</source>
        <translation>Ces idées conservent leur formulation d’origine.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Couleur %1</translation>
    </message>
    <message>
        <source>&amp;Separate Duplicates</source>
        <translation>&amp;Séparer les doublons</translation>
    </message>
    <message>
        <source>Mark as Re&amp;viewed</source>
        <translation>Marquer comme &amp;vérifié</translation>
    </message>
</context>
<context>
    <name>pamoja::BoardWidget</name>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Dévoiler</translation>
    </message>
    <message>
        <source>Ideas held back by private writing</source>
        <translation>Idées retenues par l’écriture en privé</translation>
    </message>
    <message>
        <source>Reveal the hidden ideas</source>
        <translation>Dévoiler les idées masquées</translation>
    </message>
    <message>
        <source>Show every idea of this step that private writing still holds back</source>
        <translation>Afficher toutes les idées de cette étape que l’écriture en privé retient encore</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation>
            <numerusform>%n masquée</numerusform>
            <numerusform>%n masquées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::CaptureBar</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Type an idea and press Enter</source>
        <translation>Saisissez une idée et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Nouvelle idée</translation>
    </message>
    <message>
        <source>Enter adds the idea to the active prompt; the cursor stays here.</source>
        <translation>Entrée ajoute l’idée à la question active&#xa0;; le curseur reste ici.</translation>
    </message>
    <message>
        <source>Contributed by</source>
        <translation>Proposée par</translation>
    </message>
    <message>
        <source>Who contributed the idea; anonymous stores no author</source>
        <translation>Qui a proposé l’idée&#xa0;; en mode anonyme, aucun auteur n’est enregistré</translation>
    </message>
    <message>
        <source>Add the idea</source>
        <translation>Ajouter l’idée</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation>Ajouter une idée</translation>
    </message>
</context>
<context>
    <name>pamoja::Catalogue</name>
    <message>
        <source>Pamoja derived list v1 (not the working group&apos;s official list)</source>
        <translation>Liste dérivée Pamoja v1 (et non la liste officielle du groupe de travail)</translation>
    </message>
</context>
<context>
    <name>pamoja::CatalogueDialog</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Catalogue of themes, factors and measures</source>
        <translation>Catalogue des thèmes, facteurs et mesures</translation>
    </message>
    <message>
        <source>Kind of entries</source>
        <translation>Type d’entrées</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Facteurs</translation>
    </message>
    <message>
        <source>Corrective measures</source>
        <translation>Mesures correctives</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Catalogue entries</source>
        <translation>Entrées du catalogue</translation>
    </message>
    <message>
        <source>Name of the new entry</source>
        <translation>Nom de la nouvelle entrée</translation>
    </message>
    <message>
        <source>New entry name</source>
        <translation>Nom de la nouvelle entrée</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Ajouter l’entrée</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Supprimer l’entrée</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the catalogue as JSON</source>
        <translation>Exporter le catalogue au format JSON</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import a catalogue from JSON</source>
        <translation>Importer un catalogue au format JSON</translation>
    </message>
    <message>
        <source>Add catalogue entry &quot;%1&quot;</source>
        <translation>Ajouter l’entrée de catalogue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove catalogue entry</source>
        <translation>Supprimer l’entrée du catalogue</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is used on %n idea(s), cluster(s) or change(s). Remove it and its tags?</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» sert à étiqueter %n idée, regroupement ou changement. Supprimer cette entrée et ses étiquettes&#xa0;?</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» sert à étiqueter %n idées, regroupements ou changements. Supprimer cette entrée et ses étiquettes&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove catalogue entry &quot;%1&quot;</source>
        <translation>Supprimer l’entrée de catalogue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Export catalogue</source>
        <translation>Exporter le catalogue</translation>
    </message>
    <message>
        <source>catalogue.json</source>
        <translation>catalogue.json</translation>
    </message>
    <message>
        <source>Catalogue (*.json)</source>
        <translation>Catalogue (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import catalogue</source>
        <translation>Importer un catalogue</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Catalogue imported</source>
        <translation>Catalogue importé</translation>
    </message>
    <message>
        <source>%1 entries added, %2 updated.</source>
        <translation>Entrées ajoutées&#xa0;: %1&#xa0;; mises à jour&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>pamoja::CatalogueJson</name>
    <message>
        <source>This is not a catalogue Pamoja can read: %1</source>
        <translation>Ce n’est pas un catalogue lisible par Pamoja&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is larger than 4 MB.</source>
        <translation>le fichier dépasse 4 Mo.</translation>
    </message>
    <message>
        <source>it is not valid JSON.</source>
        <translation>ce n’est pas du JSON valide.</translation>
    </message>
    <message>
        <source>the format is not &quot;pamoja-catalogue&quot;.</source>
        <translation>le format n’est pas «&#xa0;pamoja-catalogue&#xa0;».</translation>
    </message>
    <message>
        <source>it was written by a newer version of Pamoja.</source>
        <translation>il a été écrit par une version plus récente de Pamoja.</translation>
    </message>
    <message>
        <source>it has no list of items.</source>
        <translation>il ne contient pas de liste d’éléments.</translation>
    </message>
    <message>
        <source>it has more than %1 items.</source>
        <translation>il contient plus de %1 éléments.</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>l’élément %1</translation>
    </message>
    <message>
        <source>%1 has no valid kind.</source>
        <translation>%1 n’a pas de type valide.</translation>
    </message>
    <message>
        <source>%1 has no valid code.</source>
        <translation>%1 n’a pas de code valide.</translation>
    </message>
    <message>
        <source>%1 has an invalid %2.</source>
        <translation>le champ «&#xa0;%2&#xa0;» de %1 n’est pas valide.</translation>
    </message>
    <message>
        <source>%1 has no name.</source>
        <translation>%1 n’a pas de nom.</translation>
    </message>
    <message>
        <source>the code %1 appears twice.</source>
        <translation>le code %1 apparaît deux fois.</translation>
    </message>
    <message>
        <source>it has no valid version.</source>
        <translation>il n’a pas de version valide.</translation>
    </message>
    <message>
        <source>%1 has invalid keywords.</source>
        <translation>%1 contient des mots-clés non valides.</translation>
    </message>
</context>
<context>
    <name>pamoja::CatalogueModel</name>
    <message>
        <source>Edit catalogue entry</source>
        <translation>Modifier une entrée du catalogue</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Counters factors</source>
        <translation>Facteurs contrés</translation>
    </message>
    <message>
        <source>Countered by</source>
        <translation>Contré par</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <source>Keywords (%1)</source>
        <translation>Mots-clés (%1)</translation>
    </message>
</context>
<context>
    <name>pamoja::ChangeSet</name>
    <message>
        <source>The change log is not readable: %1</source>
        <translation>Le journal des modifications est illisible : %1</translation>
    </message>
    <message>
        <source>it is not a list of changes.</source>
        <translation>ce n’est pas une liste de modifications.</translation>
    </message>
    <message>
        <source>change %1 is not an object.</source>
        <translation>la modification %1 n’est pas un objet.</translation>
    </message>
    <message>
        <source>change %1 is of an unknown kind &quot;%2&quot;.</source>
        <translation>la modification %1 est d’un type inconnu « %2 ».</translation>
    </message>
    <message>
        <source>change %1 has an unknown operation &quot;%2&quot;.</source>
        <translation>la modification %1 a une opération inconnue « %2 ».</translation>
    </message>
    <message>
        <source>change %1 has no valid id.</source>
        <translation>la modification %1 n’a pas d’identifiant valide.</translation>
    </message>
    <message>
        <source>change %1 has a &quot;%2&quot; that is not an object.</source>
        <translation>la modification %1 a un « %2 » qui n’est pas un objet.</translation>
    </message>
</context>
<context>
    <name>pamoja::Cli</name>
    <message numerus="yes">
        <source>expected %n file argument(s); see --help.</source>
        <translation>
            <numerusform>%n fichier attendu en argument&#xa0;; voir --help.</numerusform>
            <numerusform>%n fichiers attendus en argument&#xa0;; voir --help.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 est obligatoire.</translation>
    </message>
    <message>
        <source>The workshop&apos;s title.</source>
        <translation>Titre de l’atelier.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Add a participant to a workshop.</source>
        <translation>Ajouter un participant à un atelier.</translation>
    </message>
    <message>
        <source>Name or alias.</source>
        <translation>Nom ou pseudonyme.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Organisation (created when new).</source>
        <translation>Organisation (créée si elle n’existe pas encore).</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>south, north, donor or other.</source>
        <translation>south, north, donor ou other.</translation>
    </message>
    <message>
        <source>constituency</source>
        <translation>collège</translation>
    </message>
    <message>
        <source>Country.</source>
        <translation>Pays.</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>Language code, e.g. fr.</source>
        <translation>Code de langue, par exemple fr.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>participant (default), facilitator or observer.</source>
        <translation>participant (par défaut), facilitator ou observer.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>The participant agrees to be named in outputs.</source>
        <translation>Le participant accepte d’être nommé dans les documents produits.</translation>
    </message>
    <message>
        <source>The workshop file.</source>
        <translation>Fichier d’atelier.</translation>
    </message>
    <message>
        <source>--role must be participant, facilitator or observer.</source>
        <translation>--role doit valoir participant, facilitator ou observer.</translation>
    </message>
    <message>
        <source>Add participant %1</source>
        <translation>Ajouter le participant %1</translation>
    </message>
    <message>
        <source>Add an idea to a workshop; prints the new idea&apos;s id.</source>
        <translation>Ajouter une idée à un atelier&#xa0;; affiche l’identifiant de la nouvelle idée.</translation>
    </message>
    <message>
        <source>envision, change or action.</source>
        <translation>envision, change ou action.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>The idea&apos;s text.</source>
        <translation>Texte de l’idée.</translation>
    </message>
    <message>
        <source>Name of the contributing participant.</source>
        <translation>Nom du participant qui propose l’idée.</translation>
    </message>
    <message>
        <source>Store no author (the default without --participant).</source>
        <translation>N’enregistrer aucun auteur (par défaut sans --participant).</translation>
    </message>
    <message>
        <source>For anonymous ideas: the constituency it comes from.</source>
        <translation>Pour les idées anonymes&#xa0;: le collège d’origine.</translation>
    </message>
    <message>
        <source>Language code of the text.</source>
        <translation>Code de langue du texte.</translation>
    </message>
    <message>
        <source>--step must be envision, change or action.</source>
        <translation>--step doit valoir envision, change ou action.</translation>
    </message>
    <message>
        <source>use either --participant or --anonymous, not both.</source>
        <translation>utilisez soit --participant, soit --anonymous, mais pas les deux.</translation>
    </message>
    <message>
        <source>--constituency is only for anonymous ideas; a participant&apos;s own is used.</source>
        <translation>--constituency ne s’applique qu’aux idées anonymes&#xa0;; sinon, le collège du participant est utilisé.</translation>
    </message>
    <message>
        <source>there is no participant called &quot;%1&quot;; add them first.</source>
        <translation>aucun participant ne s’appelle «&#xa0;%1&#xa0;»&#xa0;; ajoutez-le d’abord.</translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation>Ajouter une idée</translation>
    </message>
    <message>
        <source>Show a summary of a workshop.</source>
        <translation>Afficher le résumé d’un atelier.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n idea(s)</source>
        <translation>
            <numerusform>  %1&#xa0;: %n idée</numerusform>
            <numerusform>  %1&#xa0;: %n idées</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants and balance (people / ideas / votes):</source>
        <translation>Participants et équilibre (personnes / idées / votes)&#xa0;:</translation>
    </message>
    <message>
        <source>  (under-represented)</source>
        <translation>  (sous-représenté)</translation>
    </message>
    <message numerus="yes">
        <source>  %n anonymous idea(s) without a constituency</source>
        <translation>
            <numerusform>  %n idée anonyme sans collège</numerusform>
            <numerusform>  %n idées anonymes sans collège</numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>Format de sortie&#xa0;: %1.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Paper size: a4 or letter.</source>
        <translation>Format du papier&#xa0;: a4 ou letter.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>format</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use one of %2.</source>
        <translation>format «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez l’un des formats suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a Pamoja workshop export.</source>
        <translation>%1 est trop volumineux pour être un export d’atelier Pamoja.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1&#xa0;: %2 Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s); %1 already present.</source>
        <translation>
            <numerusform>%n élément importé&#xa0;; déjà présents&#xa0;: %1.</numerusform>
            <numerusform>%n éléments importés&#xa0;; déjà présents&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: schema version %1, %n history entries</source>
        <translation>
            <numerusform>ok&#xa0;: version de schéma %1, %n entrée d’historique</numerusform>
            <numerusform>ok&#xa0;: version de schéma %1, %n entrées d’historique</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a workshop: a report (pdf, odt, html, md), its tables (csv, xlsx), its data (json) or its board (png, svg).</source>
        <translation>Exporter un atelier&#xa0;: un rapport (pdf, odt, html, md), ses tableaux (csv, xlsx), ses données (json) ou son tableau d’idées (png, svg).</translation>
    </message>
    <message>
        <source>Output file. For csv, OUT.csv gives OUT-ideas.csv, OUT-votes.csv and OUT-actions.csv.</source>
        <translation>Fichier de sortie. Pour csv, SORTIE.csv produit SORTIE-ideas.csv, SORTIE-votes.csv et SORTIE-actions.csv.</translation>
    </message>
    <message>
        <source>Report language: en, nl, fr, es or pt (default: the workshop&apos;s main language).</source>
        <translation>Langue du rapport&#xa0;: en, nl, fr, es ou pt (par défaut&#xa0;: la langue principale de l’atelier).</translation>
    </message>
    <message>
        <source>Write PDF/A-1b (archival PDF).</source>
        <translation>Produire un PDF/A-1b (PDF d’archivage).</translation>
    </message>
    <message>
        <source>Add the facilitator intervention log as an appendix.</source>
        <translation>Ajouter en annexe le journal des interventions de l’animateur.</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation>--paper doit valoir a4 ou letter.</translation>
    </message>
    <message>
        <source>%1 does not exist; ideas are imported into an existing workshop (pamoja new).</source>
        <translation>%1 n’existe pas&#xa0;; les idées sont importées dans un atelier existant (pamoja new).</translation>
    </message>
    <message>
        <source>--step must be envision, change or action (or 1, 2, 3).</source>
        <translation>--step doit valoir envision, change ou action (ou 1, 2, 3).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Would import %n idea(s) from %1; nothing was changed.</source>
        <translation>
            <numerusform>Importerait %n idée depuis %1&#xa0;; rien n’a été modifié.</numerusform>
            <numerusform>Importerait %n idées depuis %1&#xa0;; rien n’a été modifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n idea(s) from %1.</source>
        <translation>
            <numerusform>%n idée importée depuis %1.</numerusform>
            <numerusform>%n idées importées depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ideas: the step they go to unless the file names one (envision, change, action; default: the active step).</source>
        <translation>Idées&#xa0;: l’étape où elles vont, sauf si le fichier en indique une (envision, change, action&#xa0;; par défaut&#xa0;: l’étape active).</translation>
    </message>
    <message>
        <source>Reveal ideas</source>
        <translation>Dévoiler les idées</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Open voting round</source>
        <translation>Ouvrir le tour de vote</translation>
    </message>
    <message>
        <source>Close voting round</source>
        <translation>Clore le tour de vote</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use reveal, pause, resume, round open [DOTS [MAX]] or round close.</source>
        <translation>commande «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez reveal, pause, resume, round open [DOTS [MAX]] ou round close.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Let participants join a workshop from their own phones, without the window. Prints the join address and code on the first line; Ctrl+C stops.</source>
        <translation>Permettre aux participants de rejoindre un atelier depuis leur propre téléphone, sans la fenêtre. Affiche l’adresse et le code de connexion sur la première ligne&#xa0;; Ctrl+C arrête.</translation>
    </message>
    <message>
        <source>The address to listen on (default 127.0.0.1; 0.0.0.0 for every network).</source>
        <translation>L’adresse d’écoute (par défaut 127.0.0.1&#xa0;; 0.0.0.0 pour tous les réseaux).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>The port (default: any free port).</source>
        <translation>Le port (par défaut&#xa0;: n’importe quel port libre).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>The join code (default: a new random code).</source>
        <translation>Le code de connexion (par défaut&#xa0;: un nouveau code aléatoire).</translation>
    </message>
    <message>
        <source>The address of a reverse proxy whose X-Forwarded-For and X-Forwarded-Proto headers are believed.</source>
        <translation>L’adresse d’un proxy inverse dont les en-têtes X-Forwarded-For et X-Forwarded-Proto sont pris en compte.</translation>
    </message>
    <message>
        <source>The address participants use when a proxy is in front, e.g. https://workshop.example.org/.</source>
        <translation>L’adresse qu’utilisent les participants lorsqu’un proxy est placé devant, par exemple https://workshop.example.org/.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Hold participants&apos; ideas until a facilitator approves them (in the window).</source>
        <translation>Retenir les idées des participants jusqu’à ce qu’un animateur les approuve (dans la fenêtre).</translation>
    </message>
    <message>
        <source>--bind needs an IP address such as 0.0.0.0 or 192.168.1.10.</source>
        <translation>--bind exige une adresse IP, comme 0.0.0.0 ou 192.168.1.10.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port doit être un nombre compris entre 0 et 65535.</translation>
    </message>
    <message>
        <source>--trusted-proxy needs an IP address.</source>
        <translation>--trusted-proxy exige une adresse IP.</translation>
    </message>
    <message>
        <source>could not set up signal handling.</source>
        <translation>impossible de mettre en place la gestion des signaux.</translation>
    </message>
    <message>
        <source>Join at %1 with code %2</source>
        <translation>Rejoindre sur %1 avec le code %2</translation>
    </message>
    <message>
        <source>Stopped; every acknowledged contribution is saved.</source>
        <translation>Arrêté&#xa0;; toutes les contributions confirmées sont enregistrées.</translation>
    </message>
    <message>
        <source>Check a workshop file: the database&apos;s integrity, the schema version and the workshop&apos;s own rules.</source>
        <translation>Vérifier un fichier d’atelier : l’intégrité de la base de données, la version du schéma et les règles propres à l’atelier.</translation>
    </message>
    <message numerus="yes">
        <source>pamoja: %1 has %n problem(s):</source>
        <translation>
            <numerusform>pamoja : %1 a %n problème :</numerusform>
            <numerusform>pamoja : %1 a %n problèmes :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more.</source>
        <translation>
            <numerusform>  ... et %n de plus.</numerusform>
            <numerusform>  ... et %n de plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see pamoja help</source>
        <translation>commande inconnue « %1 » ; voir pamoja help</translation>
    </message>
    <message>
        <source>Opens the quick-capture window on a workshop: one line per idea, Enter saves it.</source>
        <translation>Ouvre la fenêtre de saisie rapide sur un atelier : une ligne par idée, Entrée l’enregistre.</translation>
    </message>
    <message>
        <source>The step to capture into (1, 2 or 3).</source>
        <translation>L’étape où saisir (1, 2 ou 3).</translation>
    </message>
    <message>
        <source>--step must be 1, 2 or 3.</source>
        <translation>--step doit valoir 1, 2 ou 3.</translation>
    </message>
    <message>
        <source>the capture window needs a display.</source>
        <translation>la fenêtre de saisie a besoin d’un écran.</translation>
    </message>
    <message>
        <source>%1 does not exist. Make a copy of the workshop file first (File &gt; Save a Copy).</source>
        <translation>%1 n’existe pas. Faites d’abord une copie du fichier de l’atelier (Fichier &gt; Enregistrer une copie).</translation>
    </message>
    <message>
        <source>Import into a workshop: a pamoja-workshop JSON export (the workshop is created when it does not exist), ideas from a text, Markdown, CSV or XLSX file, or a contribution packet from the offline form (the format and encoding are detected from the content).</source>
        <translation>Importer dans un atelier : un export JSON au format pamoja-workshop (l’atelier est créé s’il n’existe pas), des idées depuis un fichier texte, Markdown, CSV ou XLSX, ou un paquet de contribution issu du formulaire hors ligne (le format et l’encodage sont détectés d’après le contenu).</translation>
    </message>
    <message>
        <source>Ideas and contribution packets: check the file and say what would be imported, changing nothing.</source>
        <translation>Idées et paquets de contribution : vérifier le fichier et indiquer ce qui serait importé, sans rien modifier.</translation>
    </message>
    <message>
        <source>The JSON export, the text, Markdown, CSV or XLSX file, or the contribution packet to import.</source>
        <translation>L’export JSON, le fichier texte, Markdown, CSV ou XLSX, ou le paquet de contribution à importer.</translation>
    </message>
    <message>
        <source>%1 does not exist; a contribution packet is imported into the workshop it was made for.</source>
        <translation>%1 n’existe pas ; un paquet de contribution s’importe dans l’atelier pour lequel il a été créé.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to import: the %n idea(s) of this packet are already in the workshop.</source>
        <translation>
            <numerusform>Rien à importer : %n idée de ce paquet figure déjà dans l’atelier.</numerusform>
            <numerusform>Rien à importer : les %n idées de ce paquet figurent déjà dans l’atelier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would import %n idea(s) from the contribution packet; nothing was changed.</source>
        <translation>
            <numerusform>Importerait %n idée depuis le paquet de contribution ; rien n’a été modifié.</numerusform>
            <numerusform>Importerait %n idées depuis le paquet de contribution ; rien n’a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contribution packet %1</source>
        <translation>Importer le paquet de contribution %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n idea(s) from the contribution packet; %1 already present.</source>
        <translation>
            <numerusform>%n idée importée depuis le paquet de contribution ; déjà présentes : %1.</numerusform>
            <numerusform>%n idées importées depuis le paquet de contribution ; déjà présentes : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the offline contribution form: one HTML file that works from disk with no network, for participants to write ideas and send them back as a contribution packet.</source>
        <translation>Écrire le formulaire de contribution hors ligne : un seul fichier HTML qui fonctionne depuis le disque, sans réseau, pour que les participants écrivent leurs idées et les renvoient sous forme de paquet de contribution.</translation>
    </message>
    <message>
        <source>The HTML file to write.</source>
        <translation>Le fichier HTML à écrire.</translation>
    </message>
    <message>
        <source>The steps whose prompts the form asks, e.g. 1,2 or envision,change (default: all three).</source>
        <translation>Les étapes dont le formulaire pose les questions, par exemple 1,2 ou envision,change (par défaut : les trois).</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>étapes</translation>
    </message>
    <message>
        <source>The form&apos;s language when the browser&apos;s is not one of en, nl, fr, es, pt (default: the workshop&apos;s main language).</source>
        <translation>La langue du formulaire lorsque celle du navigateur n’est pas l’une de en, nl, fr, es, pt (par défaut : la langue principale de l’atelier).</translation>
    </message>
    <message>
        <source>--steps takes 1, 2, 3 (or envision, change, action), separated by commas.</source>
        <translation>--steps accepte 1, 2, 3 (ou envision, change, action), séparés par des virgules.</translation>
    </message>
    <message>
        <source>--language must be one of %1.</source>
        <translation>--language doit valoir l’une des valeurs suivantes : %1.</translation>
    </message>
    <message>
        <source>Wrote the contribution form to %1.</source>
        <translation>Formulaire de contribution écrit dans %1.</translation>
    </message>
    <message>
        <source>List the workshops of a PostgreSQL database: id, version, created, title.</source>
        <translation>Lister les ateliers d’une base de données PostgreSQL : identifiant, version, date de création, titre.</translation>
    </message>
    <message>
        <source>The word list.</source>
        <translation>Le mot list.</translation>
    </message>
    <message>
        <source>postgresql://[user@]host[:port]/dbname</source>
        <translation>postgresql://[user@]host[:port]/dbname</translation>
    </message>
    <message>
        <source>unknown command &quot;repo %1&quot;; see pamoja help</source>
        <translation>commande inconnue « repo %1 » ; voir pamoja help</translation>
    </message>
    <message>
        <source>No workshops in this database yet.</source>
        <translation>Cette base de données ne contient encore aucun atelier.</translation>
    </message>
    <message>
        <source>Copy a whole workshop, with its history, between files and PostgreSQL databases; prints where the copy is.</source>
        <translation>Copier un atelier entier, avec son historique, entre fichiers et bases de données PostgreSQL ; indique où se trouve la copie.</translation>
    </message>
    <message>
        <source>A workshop file or postgresql:// location.</source>
        <translation>Un fichier d’atelier ou un emplacement postgresql://.</translation>
    </message>
    <message>
        <source>A new file, or a postgresql:// database (the workshop keeps its id there).</source>
        <translation>Un nouveau fichier, ou une base de données postgresql:// (l’atelier y garde son identifiant).</translation>
    </message>
    <message>
        <source>Merge copies of a workshop (a breakout group&apos;s laptop, a co-facilitator&apos;s or a note-taker&apos;s copy) into it: nothing is lost or counted twice, and the result does not depend on the order of the copies. All sources are merged as one change. Participants with the same name and organisation are taken as one person.</source>
        <translation>Fusionner dans un atelier des copies de celui-ci (l’ordinateur portable d’un sous-groupe, la copie d’un co-animateur ou d’une personne qui prend des notes) : rien n’est perdu ni compté deux fois, et le résultat ne dépend pas de l’ordre des copies. Toutes les sources sont fusionnées en une seule modification. Les participants ayant le même nom et la même organisation sont considérés comme une seule personne.</translation>
    </message>
    <message>
        <source>Say what the merge would do, changing nothing.</source>
        <translation>Indiquer ce que ferait la fusion, sans rien modifier.</translation>
    </message>
    <message>
        <source>The workshop file to merge into.</source>
        <translation>Fichier d’atelier dans lequel fusionner.</translation>
    </message>
    <message>
        <source>One or more copies of it to merge in.</source>
        <translation>Une ou plusieurs copies de cet atelier à fusionner.</translation>
    </message>
    <message>
        <source>expected a target workshop and at least one source; see --help.</source>
        <translation>un atelier cible et au moins une source sont attendus ; voir --help.</translation>
    </message>
    <message>
        <source>%1 does not exist; a merge goes into an existing workshop.</source>
        <translation>%1 n’existe pas ; une fusion se fait dans un atelier existant.</translation>
    </message>
    <message>
        <source>%1 Nothing was merged.</source>
        <translation>%1 Rien n’a été fusionné.</translation>
    </message>
    <message>
        <source>Nothing to merge: %1 has everything the sources have.</source>
        <translation>Rien à fusionner : %1 contient déjà tout ce que contiennent les sources.</translation>
    </message>
    <message>
        <source>Would merge into %1 (nothing was changed):</source>
        <translation>Fusionnerait dans %1 (rien n’a été modifié) :</translation>
    </message>
    <message>
        <source>Merged into %1:</source>
        <translation>Fusionné dans %1 :</translation>
    </message>
    <message>
        <source>  Same participant by name and organisation: %1 (%2)</source>
        <translation>  Même participant (même nom et même organisation) : %1 (%2)</translation>
    </message>
    <message>
        <source>Leave out the translations beside the ideas (machine translations are marked as such when included).</source>
        <translation>Omettre les traductions à côté des idées (les traductions automatiques sont signalées comme telles lorsqu’elles sont incluses).</translation>
    </message>
    <message>
        <source>Translate ideas with Apertium, offline. The translation is stored beside each idea, marked as machine translation; the idea&apos;s own words never change.</source>
        <translation>Traduire les idées avec Apertium, hors ligne. La traduction est enregistrée à côté de chaque idée, signalée comme traduction automatique ; les mots de l’idée elle-même ne changent jamais.</translation>
    </message>
    <message>
        <source>The language to translate into, e.g. fr.</source>
        <translation>Langue vers laquelle traduire, par ex. fr.</translation>
    </message>
    <message>
        <source>Only the ideas of this step: envision, change or action (or 1, 2, 3); default: every step.</source>
        <translation>Seulement les idées de cette étape : envision, change ou action (ou 1, 2, 3) ; par défaut : toutes les étapes.</translation>
    </message>
    <message>
        <source>--to must be a two-letter language code such as fr.</source>
        <translation>--to doit être un code de langue à deux lettres, comme fr.</translation>
    </message>
    <message>
        <source>Translate ideas into %1</source>
        <translation>Traduire les idées en %1</translation>
    </message>
    <message numerus="yes">
        <source>Translated %n idea(s) into %1 (machine translation).</source>
        <translation>
            <numerusform>%n idée traduite en %1 (traduction automatique).</numerusform>
            <numerusform>%n idées traduites en %1 (traduction automatique).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n idea(s) whose language is unknown.</source>
        <translation>
            <numerusform>%n idée ignorée, car sa langue est inconnue.</numerusform>
            <numerusform>%n idées ignorées, car leur langue est inconnue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n idea(s) already in %1.</source>
        <translation>
            <numerusform>%n idée ignorée, déjà en %1.</numerusform>
            <numerusform>%n idées ignorées, déjà en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n translation(s) made or corrected by a person.</source>
        <translation>
            <numerusform>%n traduction faite ou corrigée par une personne a été conservée.</numerusform>
            <numerusform>%n traductions faites ou corrigées par une personne ont été conservées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n idea(s) with no language pair installed:</source>
        <translation>
            <numerusform>%n idée ignorée, faute de paire de langues installée :</numerusform>
            <numerusform>%n idées ignorées, faute de paire de langues installée :</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: pamoja [FILE]                      start the application
       pamoja new FILE --title TEXT
       pamoja participant add FILE --name NAME --constituency south|north|donor|other
                              [--org ORG] [--country C] [--lang L] [--role R] [--consent]
       pamoja idea add FILE --step envision|change|action --text TEXT
                       [--participant NAME | --anonymous] [--lang L]
       pamoja info FILE [--json]
       pamoja export FILE --format pdf|odt|html|md|csv|xlsx|json|png|svg -o OUT
                          [--lang en|nl|fr|es|pt] [--paper a4|letter] [--pdfa] [--interventions]
                          [--no-translations]
       pamoja import FILE IN.json
       pamoja import FILE IDEAS.txt|.md|.csv|.xlsx [--step envision|change|action] [--dry-run]
       pamoja import FILE PACKET.txt [--dry-run]
       pamoja form FILE -o FORM.html [--steps 1,2,3] [--language en|nl|fr|es|pt]
       pamoja merge TARGET SOURCE... [--dry-run]
       pamoja translate FILE --to LANG [--step envision|change|action]
       pamoja check FILE
       pamoja serve FILE [--bind ADDR] [--port P] [--code CODE] [--trusted-proxy ADDR] [--moderate]
       pamoja capture FILE [--step N]
       pamoja suggest FILE --step envision|change|action [--groups N] [--json]
       pamoja repo list postgresql://[USER@]HOST[:PORT]/DB
       pamoja copy SOURCE TARGET
FILE may also be a PostgreSQL location: postgresql://[USER@]HOST[:PORT]/DB?workshop=ID
Each command takes --help.</source>
        <translation>Usage&#xa0;: pamoja [FILE]                      démarrer l’application
        pamoja new FILE --title TEXT
        pamoja participant add FILE --name NAME --constituency south|north|donor|other
                               [--org ORG] [--country C] [--lang L] [--role R] [--consent]
        pamoja idea add FILE --step envision|change|action --text TEXT
                        [--participant NAME | --anonymous] [--lang L]
        pamoja info FILE [--json]
        pamoja export FILE --format pdf|odt|html|md|csv|xlsx|json|png|svg -o OUT
                           [--lang en|nl|fr|es|pt] [--paper a4|letter] [--pdfa] [--interventions]
                           [--no-translations]
        pamoja import FILE IN.json
        pamoja import FILE IDEAS.txt|.md|.csv|.xlsx [--step envision|change|action] [--dry-run]
        pamoja import FILE PACKET.txt [--dry-run]
        pamoja form FILE -o FORM.html [--steps 1,2,3] [--language en|nl|fr|es|pt]
        pamoja merge TARGET SOURCE... [--dry-run]
        pamoja translate FILE --to LANG [--step envision|change|action]
        pamoja check FILE
        pamoja serve FILE [--bind ADDR] [--port P] [--code CODE] [--trusted-proxy ADDR] [--moderate]
        pamoja capture FILE [--step N]
        pamoja suggest FILE --step envision|change|action [--groups N] [--json]
        pamoja repo list postgresql://[USER@]HOST[:PORT]/DB
        pamoja copy SOURCE TARGET
FILE peut aussi être un emplacement PostgreSQL : postgresql://[USER@]HOST[:PORT]/DB?workshop=ID
Chaque commande accepte --help.</translation>
    </message>
    <message>
        <source>Suggest groups, across languages, for the loose ideas of a step, and near-duplicates to merge. Changes nothing.</source>
        <translation>Suggérer des groupes, toutes langues confondues, pour les idées pas encore regroupées d’une étape, ainsi que des quasi-doublons à fusionner. Ne modifie rien.</translation>
    </message>
    <message>
        <source>How many groups to propose (at most); by default Pamoja chooses.</source>
        <translation>Nombre de groupes à proposer (au plus)&#xa0;; par défaut, Pamoja choisit.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--groups must be a whole number from 1 to 1000.</source>
        <translation>--groups doit être un nombre entier de 1 à 1000.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n loose idea(s).</source>
        <translation>
            <numerusform>%1&#xa0;: %n idée pas encore regroupée.</numerusform>
            <numerusform>%1&#xa0;: %n idées pas encore regroupées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups to suggest.</source>
        <translation>Aucun groupe à suggérer.</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 (%n idea(s))</source>
        <translation>
            <numerusform>%1. %2 (%n idée)</numerusform>
            <numerusform>%1. %2 (%n idées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Near-duplicates (%n pair(s)):</source>
        <translation>
            <numerusform>Quasi-doublons (%n paire)&#xa0;:</numerusform>
            <numerusform>Quasi-doublons (%n paires)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In no group (nothing they share with other ideas): %n idea(s).</source>
        <translation>
            <numerusform>Dans aucun groupe (rien en commun avec d’autres idées)&#xa0;: %n idée.</numerusform>
            <numerusform>Dans aucun groupe (rien en commun avec d’autres idées)&#xa0;: %n idées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a new workshop file, or a new workshop in a PostgreSQL database (prints its location).</source>
        <translation>Créer un nouveau fichier d’atelier, ou un nouvel atelier dans une base de données PostgreSQL (affiche son emplacement).</translation>
    </message>
    <message>
        <source>The workshop file to create (.pamoja), or a postgresql:// database (with ?workshop=ID for a chosen id).</source>
        <translation>Le fichier d’atelier à créer (.pamoja), ou une base de données postgresql:// (avec ?workshop=ID pour un id choisi).</translation>
    </message>
</context>
<context>
    <name>pamoja::Constituency</name>
    <message>
        <source>Southern CSO</source>
        <translation>OSC du Sud</translation>
    </message>
    <message>
        <source>Northern CSO</source>
        <translation>OSC du Nord</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>pamoja::ContributionForm</name>
    <message>
        <source>The chosen steps have no prompts, so the form would ask nothing. Add a prompt first, or choose other steps.</source>
        <translation>Les étapes choisies n’ont aucune question : le formulaire ne demanderait rien. Ajoutez d’abord une question ou choisissez d’autres étapes.</translation>
    </message>
    <message>
        <source>Cannot write the contribution form to %1: %2</source>
        <translation>Impossible d’écrire le formulaire de contribution dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>pamoja::Csv</name>
    <message>
        <source>Line %1, column %2: a field is longer than %3 characters.</source>
        <translation>Ligne %1, colonne %2&#xa0;: un champ dépasse %3 caractères.</translation>
    </message>
    <message>
        <source>Line %1: a row has more than %2 columns.</source>
        <translation>Ligne %1&#xa0;: une ligne comporte plus de %2 colonnes.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it into smaller files.</source>
        <translation>Le fichier comporte plus de %1 lignes&#xa0;; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>Line %1, column %2: text after a closing quote; quotes inside a field must be doubled (&quot;&quot;).</source>
        <translation>Ligne %1, colonne %2&#xa0;: du texte suit un guillemet fermant&#xa0;; les guillemets à l’intérieur d’un champ doivent être doublés (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quoted field is never closed.</source>
        <translation>Ligne %1, colonne %2&#xa0;: un champ entre guillemets n’est jamais fermé.</translation>
    </message>
</context>
<context>
    <name>pamoja::Document</name>
    <message>
        <source>Create workshop</source>
        <translation>Créer l’atelier</translation>
    </message>
    <message>
        <source>This workshop is open read-only; the change was not made.</source>
        <translation>Cet atelier est ouvert en lecture seule&#xa0;; la modification n’a pas été effectuée.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Il n’y a rien à annuler.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation>Impossible d’annuler «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>Il n’y a rien à rétablir.</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation>Impossible de rétablir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The connection to the database is lost; this waits until it is back (the changes made meanwhile are kept and will be saved).</source>
        <translation>La connexion à la base de données est perdue ; ceci attend son retour (les modifications faites entre-temps sont gardées et seront enregistrées).</translation>
    </message>
    <message numerus="yes">
        <source>Reconnected to the database. %n change(s) made while it was away could not be saved, because others changed the same things meanwhile: %1. The workshop shows what the database holds.</source>
        <translation>
            <numerusform>Reconnecté à la base de données. %n modification faite pendant son absence n’a pas pu être enregistrée, car d’autres ont modifié les mêmes éléments entre-temps : %1. L’atelier montre ce que contient la base de données.</numerusform>
            <numerusform>Reconnecté à la base de données. %n modifications faites pendant son absence n’ont pas pu être enregistrées, car d’autres ont modifié les mêmes éléments entre-temps : %1. L’atelier montre ce que contient la base de données.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnected to the database; the %n change(s) made while it was away are saved.</source>
        <translation>
            <numerusform>Reconnecté à la base de données ; la %n modification faite pendant son absence est enregistrée.</numerusform>
            <numerusform>Reconnecté à la base de données ; les %n modifications faites pendant son absence sont enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnected to the database.</source>
        <translation>Reconnecté à la base de données.</translation>
    </message>
    <message>
        <source>The connection to the database is lost; the change was not made. Pamoja reconnects by itself: try again in a moment.</source>
        <translation>La connexion à la base de données est perdue ; la modification n’a pas été faite. Pamoja se reconnecte de lui-même : réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>pamoja::Edits</name>
    <message>
        <source>An idea needs some text.</source>
        <translation>Une idée doit comporter du texte.</translation>
    </message>
    <message>
        <source>An idea can be at most 4000 characters long.</source>
        <translation>Une idée ne peut pas dépasser 4&#xa0;000 caractères.</translation>
    </message>
    <message>
        <source>There is no step %1.</source>
        <translation>L’étape %1 n’existe pas.</translation>
    </message>
    <message>
        <source>That prompt does not exist.</source>
        <translation>Cette question n’existe pas.</translation>
    </message>
    <message>
        <source>That participant does not exist.</source>
        <translation>Ce participant n’existe pas.</translation>
    </message>
    <message>
        <source>Unknown constituency &quot;%1&quot;.</source>
        <translation>Collège «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>Nouveau regroupement</translation>
    </message>
    <message>
        <source>A participant needs a name or an alias.</source>
        <translation>Un participant doit avoir un nom ou un pseudonyme.</translation>
    </message>
    <message>
        <source>Unknown constituency &quot;%1&quot;; use south, north, donor or other.</source>
        <translation>Collège «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez south, north, donor ou other.</translation>
    </message>
    <message>
        <source>There is already a participant called &quot;%1&quot;.</source>
        <translation>Il existe déjà un participant nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>That voting round does not exist.</source>
        <translation>Ce tour de vote n’existe pas.</translation>
    </message>
    <message>
        <source>The voting round &quot;%1&quot; is closed.</source>
        <translation>Le tour de vote «&#xa0;%1&#xa0;» est clos.</translation>
    </message>
    <message numerus="yes">
        <source>Each item can get at most %n dot(s) from one person.</source>
        <translation>
            <numerusform>Chaque élément peut recevoir au plus %n gommette d’une même personne.</numerusform>
            <numerusform>Chaque élément peut recevoir au plus %n gommettes d’une même personne.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no dots left in this round.</source>
        <translation>%1 n’a plus de gommettes pour ce tour.</translation>
    </message>
    <message>
        <source>The idea no longer exists.</source>
        <translation>L’idée n’existe plus.</translation>
    </message>
    <message>
        <source>Say which language the translation is in.</source>
        <translation>Indiquez la langue de la traduction.</translation>
    </message>
</context>
<context>
    <name>pamoja::Exchange</name>
    <message>
        <source>The file is too large to be a Pamoja workshop export.</source>
        <translation>Le fichier est trop volumineux pour être un export d’atelier Pamoja.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Le fichier n’est pas du JSON valide (%1 à l’octet %2).</translation>
    </message>
    <message>
        <source>The file is not a Pamoja workshop export.</source>
        <translation>Le fichier n’est pas un export d’atelier Pamoja.</translation>
    </message>
    <message>
        <source>The file is not a Pamoja workshop export (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>Le fichier n’est pas un export d’atelier Pamoja (son champ «&#xa0;format&#xa0;» ne vaut pas «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>The export was written by a newer Pamoja (format version %1; this one reads up to %2).</source>
        <translation>L’export a été écrit par une version plus récente de Pamoja (version de format %1&#xa0;; cette version-ci lit jusqu’à la version %2).</translation>
    </message>
    <message>
        <source>The export has no &quot;%1&quot; list.</source>
        <translation>L’export ne contient pas de liste «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste.</translation>
    </message>
    <message>
        <source>The export holds more than one workshop.</source>
        <translation>L’export contient plus d’un atelier.</translation>
    </message>
    <message>
        <source>%1 entry %2</source>
        <translation>L’entrée %2 de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 n’est pas un objet.</translation>
    </message>
    <message>
        <source>%1 has no valid id.</source>
        <translation>%1 n’a pas d’identifiant valide.</translation>
    </message>
    <message>
        <source>%1 repeats the id %2.</source>
        <translation>%1 reprend l’identifiant %2.</translation>
    </message>
    <message>
        <source>%1 has an unknown field &quot;%2&quot;.</source>
        <translation>%1 contient un champ inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; has the wrong type.</source>
        <translation>%1&#xa0;: le champ «&#xa0;%2&#xa0;» n’a pas le bon type.</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is too long (more than %3 characters).</source>
        <translation>%1&#xa0;: le champ «&#xa0;%2&#xa0;» est trop long (plus de %3 caractères).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export has an unknown section &quot;%1&quot;.</source>
        <translation>L’export contient une section inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A %1 refers to something that is not in the export (%2 = %3).</source>
        <translation>Un élément «&#xa0;%1&#xa0;» fait référence à un élément absent de l’export (%2 = %3).</translation>
    </message>
    <message>
        <source>The export has no valid format version (&quot;version&quot; must be a whole number such as %1).</source>
        <translation>L’export n’a pas de version de format valide (« version » doit être un nombre entier, comme %1).</translation>
    </message>
    <message>
        <source>%1 has the id %2, which belongs to an existing %3 in this workshop.</source>
        <translation>%1 a l&apos;identifiant %2, qui appartient déjà à un élément existant (%3) de cet atelier.</translation>
    </message>
    <message>
        <source>%1: an idea without a language cannot have a language confidence.</source>
        <translation>%1 : une idée sans langue ne peut pas avoir de degré de confiance sur sa langue.</translation>
    </message>
</context>
<context>
    <name>pamoja::Export</name>
    <message>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <source>Editable document (ODT)</source>
        <translation>Document modifiable (ODT)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Page web (HTML)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Spreadsheet tables (CSV: ideas, votes, actions)</source>
        <translation>Tableaux (CSV&#xa0;: idées, votes, actions)</translation>
    </message>
    <message>
        <source>Spreadsheet workbook (XLSX)</source>
        <translation>Classeur de tableur (XLSX)</translation>
    </message>
    <message>
        <source>Workshop data for Pamoja (JSON)</source>
        <translation>Données d’atelier pour Pamoja (JSON)</translation>
    </message>
    <message>
        <source>Board as an image (PNG)</source>
        <translation>Tableau sous forme d’image (PNG)</translation>
    </message>
    <message>
        <source>Board as a drawing (SVG)</source>
        <translation>Tableau sous forme de dessin (SVG)</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;.</source>
        <translation>Format d’export «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>Aucun fichier de sortie n’a été indiqué.</translation>
    </message>
    <message>
        <source>Reports come in %1, not &quot;%2&quot;.</source>
        <translation>Les rapports sont disponibles en %1, pas en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The paper size must be a4 or letter, not &quot;%1&quot;.</source>
        <translation>Le format du papier doit être a4 ou letter, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no output file was given.</source>
        <translation>aucun fichier de sortie n’a été indiqué.</translation>
    </message>
    <message>
        <source>Cannot create the OpenDocument text.</source>
        <translation>Impossible de créer le document texte OpenDocument.</translation>
    </message>
    <message>
        <source>The PDF writer produced no output.</source>
        <translation>Le générateur PDF n’a rien produit.</translation>
    </message>
    <message>
        <source>Cannot start painting the report.</source>
        <translation>Impossible de commencer le rendu du rapport.</translation>
    </message>
    <message>
        <source>Cannot finish painting the report.</source>
        <translation>Impossible d’achever le rendu du rapport.</translation>
    </message>
    <message>
        <source>Cannot create the spreadsheet.</source>
        <translation>Impossible de créer le classeur.</translation>
    </message>
    <message>
        <source>Cannot put the PDF together: %1</source>
        <translation>Impossible d’assembler le PDF&#xa0;: %1</translation>
    </message>
    <message>
        <source>a page is missing from one of its parts.</source>
        <translation>une page manque dans l’une de ses parties.</translation>
    </message>
    <message>
        <source>Cannot start the threads that draw the report.</source>
        <translation>Impossible de lancer les fils d’exécution qui dessinent le rapport.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. These files could not be put back as they were: %3</source>
        <translation>Impossible d’écrire %1&#xa0;: %2. Ces fichiers n’ont pas pu être rétablis dans leur état d’origine&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>pamoja::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Langue du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Inclure</translation>
    </message>
    <message>
        <source>Prompts, clusters and ideas</source>
        <translation>Questions, regroupements et idées</translation>
    </message>
    <message>
        <source>Voting results</source>
        <translation>Résultats des votes</translation>
    </message>
    <message>
        <source>System changes and their links</source>
        <translation>Changements systémiques et leurs liens</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>Participation balance</source>
        <translation>Équilibre de la participation</translation>
    </message>
    <message>
        <source>Factor coverage</source>
        <translation>Couverture des facteurs</translation>
    </message>
    <message>
        <source>Appendix: facilitator intervention log</source>
        <translation>Annexe&#xa0;: journal des interventions de l’animateur</translation>
    </message>
    <message>
        <source>Archival PDF (PDF/A-1b)</source>
        <translation>PDF d’archivage (PDF/A-1b)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Pa&amp;rcourir...</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Enregistrer &amp;sous&#xa0;:</translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>&amp;Aperçu avant impression...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Writes three files: %1</source>
        <translation>Produit trois fichiers&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Exporter sous</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Export en cours...</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>Translations beside the ideas (machine translations marked as such)</source>
        <translation>Traductions à côté des idées (traductions automatiques signalées comme telles)</translation>
    </message>
</context>
<context>
    <name>pamoja::ExportFormDialog</name>
    <message>
        <source>Export Contribution Form</source>
        <translation>Exporter le formulaire de contribution</translation>
    </message>
    <message>
        <source>One web page to send by e-mail or on a USB stick. Participants open it without a connection, write their ideas and send back a contribution packet to import.</source>
        <translation>Une seule page web à envoyer par e-mail ou sur clé USB. Les participants l’ouvrent sans connexion, écrivent leurs idées et renvoient un paquet de contribution à importer.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n prompt(s))</source>
        <translation>
            <numerusform>%1 (%n question)</numerusform>
            <numerusform>%1 (%n questions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions from:</source>
        <translation>Questions de :</translation>
    </message>
    <message>
        <source>Used when the participant&apos;s browser is in none of these languages; they can switch in the page.</source>
        <translation>Utilisée lorsque le navigateur du participant n’est dans aucune de ces langues ; il peut en changer dans la page.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
</context>
<context>
    <name>pamoja::HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
</context>
<context>
    <name>pamoja::HistoryPanel</name>
    <message>
        <source>Which changes to show</source>
        <translation>Modifications à afficher</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message>
        <source>Facilitator interventions</source>
        <translation>Interventions de l’animateur</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Show &amp;earlier state</source>
        <translation>Afficher l’&amp;état antérieur</translation>
    </message>
    <message>
        <source>Show what the selected change replaced</source>
        <translation>Afficher ce que la modification sélectionnée a remplacé</translation>
    </message>
    <message>
        <source>Earlier state</source>
        <translation>État antérieur</translation>
    </message>
    <message>
        <source>Select a change to see what it replaced.</source>
        <translation>Sélectionnez une modification pour voir ce qu’elle a remplacé.</translation>
    </message>
    <message>
        <source>%1, by %2: %3</source>
        <translation>%1, par %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>pamoja::IdeaGrouper</name>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Shared concepts: %1</source>
        <translation>Concepts communs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Shared words: %1</source>
        <translation>Mots communs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Similar wording</source>
        <translation>Formulation semblable</translation>
    </message>
</context>
<context>
    <name>pamoja::IdeaImport</name>
    <message>
        <source>The file has more than %1 ideas; split it into smaller files.</source>
        <translation>Le fichier contient plus de %1 idées&#xa0;; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>No column holds the ideas: name one &quot;Idea&quot; or &quot;Text&quot;, or choose the column in the import preview.</source>
        <translation>Aucune colonne ne contient les idées&#xa0;: nommez-en une «&#xa0;Idea&#xa0;» ou «&#xa0;Text&#xa0;», ou choisissez la colonne dans l’aperçu de l’importation.</translation>
    </message>
    <message>
        <source>The chosen idea column %1 is not in the file, which has %2 columns.</source>
        <translation>La colonne d’idées choisie (%1) ne figure pas dans le fichier, qui compte %2 colonnes.</translation>
    </message>
    <message>
        <source>A chosen column is not in the file, which has %1 columns.</source>
        <translation>Une colonne choisie ne figure pas dans le fichier, qui compte %1 colonnes.</translation>
    </message>
    <message>
        <source>Line %1, column %2: &quot;%3&quot; is not a step (1, 2 or 3, or its name).</source>
        <translation>Ligne %1, colonne %2&#xa0;: «&#xa0;%3&#xa0;» n’est pas une étape (1, 2 ou 3, ou son nom).</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texte brut</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Pamoja workshop export (JSON)</source>
        <translation>Export d’atelier Pamoja (JSON)</translation>
    </message>
    <message>
        <source>Pamoja workshop file</source>
        <translation>Fichier d’atelier Pamoja</translation>
    </message>
    <message>
        <source>ZIP container (XLSX, ODS or DOCX)</source>
        <translation>Conteneur ZIP (XLSX, ODS ou DOCX)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The file is larger than 32 MB; split it into smaller files.</source>
        <translation>Le fichier dépasse 32 Mo&#xa0;; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>This is a Pamoja workshop file, not a list of ideas; merge it into the workshop instead.</source>
        <translation>Ceci est un fichier d’atelier Pamoja, pas une liste d’idées&#xa0;; fusionnez-le plutôt avec l’atelier.</translation>
    </message>
    <message>
        <source>This is a Pamoja workshop export; import it as a workshop (pamoja import), not as a list of ideas.</source>
        <translation>Ceci est un export d’atelier Pamoja&#xa0;; importez-le comme atelier (pamoja import), et non comme liste d’idées.</translation>
    </message>
    <message>
        <source>The file holds no ideas.</source>
        <translation>Le fichier ne contient aucune idée.</translation>
    </message>
    <message>
        <source>There is no step %1.</source>
        <translation>L’étape %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>Ligne %1&#xa0;: %2 Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Not on the roster, so their ideas are imported without a name: %1.</source>
        <translation>Absents de la liste des participants, leurs idées sont donc importées sans nom&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not a known constituency, left empty: %1.</source>
        <translation>Collège inconnu, laissé vide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No prompt with this text, so the ideas go to the step&apos;s first prompt: %1.</source>
        <translation>Aucune question ne porte ce texte, les idées vont donc à la première question de l’étape&#xa0;: %1.</translation>
    </message>
    <message>
        <source>XLSX spreadsheet</source>
        <translation>classeur XLSX</translation>
    </message>
    <message>
        <source>This is a ZIP container but not an XLSX workbook (perhaps ODS or DOCX): save the sheet as XLSX or CSV.</source>
        <translation>C’est un conteneur ZIP mais pas un classeur XLSX (peut-être ODS ou DOCX) : enregistrez la feuille en XLSX ou CSV.</translation>
    </message>
    <message>
        <source>contribution packet</source>
        <translation>paquet de contribution</translation>
    </message>
    <message>
        <source>This is a contribution packet from the offline form; import it as a packet (pamoja import), not as a list of ideas.</source>
        <translation>Ceci est un paquet de contribution issu du formulaire hors ligne ; importez-le comme paquet (pamoja import), et non comme liste d’idées.</translation>
    </message>
</context>
<context>
    <name>pamoja::ImportIdeasDialog</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Import Ideas</source>
        <translation>Importer des idées</translation>
    </message>
    <message>
        <source>Columns holding ideas</source>
        <translation>Colonnes contenant les idées</translation>
    </message>
    <message>
        <source>&amp;Ideas from:</source>
        <translation>&amp;Idées depuis :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>C&amp;onstituency:</source>
        <translation>C&amp;ollège :</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>É&amp;tape :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Question :</translation>
    </message>
    <message>
        <source>Step for ideas that name none</source>
        <translation>Étape des idées qui n’en indiquent aucune</translation>
    </message>
    <message>
        <source>Ideas that name no step go to:</source>
        <translation>Les idées sans étape vont à :</translation>
    </message>
    <message>
        <source>Preview of the ideas to import</source>
        <translation>Aperçu des idées à importer</translation>
    </message>
    <message>
        <source>Import messages</source>
        <translation>Messages d’importation</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The file is larger than 32 MB; split it into smaller files.</source>
        <translation>Le fichier dépasse 32 Mo ; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot be imported.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ne peut pas être importé.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, %3. %n idea(s) to import.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %2, %3. %n idée à importer.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %2, %3. %n idées à importer.</numerusform>
        </translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>The preview shows the first %1 ideas; all %2 are imported.</source>
        <translation>L’aperçu montre les %1 premières idées ; les %2 sont importées.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n idea(s)</source>
        <translation>
            <numerusform>Importer %n idée</numerusform>
            <numerusform>Importer %n idées</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported; the message bar says why.</source>
        <translation>Rien n’a été importé ; la barre de messages dit pourquoi.</translation>
    </message>
</context>
<context>
    <name>pamoja::Interventions</name>
    <message>
        <source>edit</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>fusion</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>masquage</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>vote reset</source>
        <translation>réinitialisation des votes</translation>
    </message>
    <message>
        <source>anonymity change</source>
        <translation>changement d’anonymat</translation>
    </message>
    <message>
        <source>%1 %2: did not exist before.</source>
        <translation>%1 %2&#xa0;: n’existait pas auparavant.</translation>
    </message>
    <message>
        <source>%1 %2 was: %3</source>
        <translation>%1 %2, état antérieur&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 %2 (removed) was: %3</source>
        <translation>%1 %2 (supprimé), état antérieur&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>pamoja::JoinInfoOverlay</name>
    <message>
        <source>How to join</source>
        <translation>Comment participer</translation>
    </message>
    <message>
        <source>Scan the QR code or open %1 and enter the code %2</source>
        <translation>Scannez le code QR ou ouvrez %1 et saisissez le code %2</translation>
    </message>
</context>
<context>
    <name>pamoja::Languages</name>
    <message>
        <source>Afrikaans</source>
        <translation>afrikaans</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>catalan</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Esperanto</source>
        <translation>espéranto</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>basque</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Galician</source>
        <translation>galicien</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>Occitan</source>
        <translation>occitan</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>roumain</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>swahili</translation>
    </message>
</context>
<context>
    <name>pamoja::LivePanel</name>
    <message>
        <source>Live session status</source>
        <translation>État de la séance en direct</translation>
    </message>
    <message>
        <source>Join at</source>
        <translation>Se connecter sur</translation>
    </message>
    <message>
        <source>Join address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Code de connexion</translation>
    </message>
    <message>
        <source>Connected devices</source>
        <translation>Appareils connectés</translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation>&amp;Copier l’adresse</translation>
    </message>
    <message>
        <source>Copy the join address</source>
        <translation>Copier l’adresse de connexion</translation>
    </message>
    <message>
        <source>P&amp;ause Submissions</source>
        <translation>&amp;Suspendre les envois</translation>
    </message>
    <message>
        <source>Pause submissions from devices</source>
        <translation>Suspendre les envois depuis les appareils</translation>
    </message>
    <message>
        <source>Show in &amp;Presenter</source>
        <translation>Afficher dans la vue &amp;présentateur</translation>
    </message>
    <message>
        <source>Show the QR code and join code in the presenter view</source>
        <translation>Afficher le code QR et le code de connexion dans la vue présentateur</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the live session</source>
        <translation>Arrêter la séance en direct</translation>
    </message>
    <message>
        <source>&amp;Hold device ideas for my approval</source>
        <translation>Sou&amp;mettre les idées des appareils à mon approbation</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <source>Ideas waiting for approval</source>
        <translation>Idées en attente d’approbation</translation>
    </message>
    <message>
        <source>Enter approves the selected ideas, Delete rejects them</source>
        <translation>Entrée approuve les idées sélectionnées, Suppr les rejette</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>Appr&amp;ouver</translation>
    </message>
    <message>
        <source>Approve the selected ideas</source>
        <translation>Approuver les idées sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Reject the selected ideas</source>
        <translation>Rejeter les idées sélectionnées</translation>
    </message>
    <message>
        <source>Approve A&amp;ll</source>
        <translation>Approuver &amp;tout</translation>
    </message>
    <message>
        <source>Approve every waiting idea</source>
        <translation>Approuver toutes les idées en attente</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Devices that joined</source>
        <translation>Appareils connectés à la séance</translation>
    </message>
    <message>
        <source>&amp;Block Device</source>
        <translation>&amp;Bloquer l’appareil</translation>
    </message>
    <message>
        <source>Block the selected device</source>
        <translation>Bloquer l’appareil sélectionné</translation>
    </message>
    <message>
        <source>Publish &amp;Report…</source>
        <translation>P&amp;ublier le rapport…</translation>
    </message>
    <message>
        <source>Publish the report for participants</source>
        <translation>Publier le rapport pour les participants</translation>
    </message>
    <message>
        <source>Res&amp;ume Submissions</source>
        <translation>Reprendre les &amp;envois</translation>
    </message>
    <message>
        <source>Resume submissions from devices</source>
        <translation>Reprendre les envois depuis les appareils</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, blocked</source>
        <translation>%1, bloqué</translation>
    </message>
    <message>
        <source>%1, away</source>
        <translation>%1, absent</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) connected</source>
        <translation>
            <numerusform>%n appareil connecté</numerusform>
            <numerusform>%n appareils connectés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Waiting for approval (%1)</source>
        <translation>En attente d’approbation (%1)</translation>
    </message>
    <message>
        <source>Report published for participants (%1).</source>
        <translation>Rapport publié pour les participants (%1).</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <source>The live session is off.</source>
        <translation>La séance en direct est désactivée.</translation>
    </message>
    <message numerus="yes">
        <source>Live: %n device(s) connected.</source>
        <translation>
            <numerusform>En direct&#xa0;: %n appareil connecté.</numerusform>
            <numerusform>En direct&#xa0;: %n appareils connectés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused: devices cannot send ideas (%n connected).</source>
        <translation>
            <numerusform>En pause&#xa0;: les appareils ne peuvent pas envoyer d’idées (%n connecté).</numerusform>
            <numerusform>En pause&#xa0;: les appareils ne peuvent pas envoyer d’idées (%n connectés).</numerusform>
        </translation>
    </message>
    <message>
        <source>The live session stopped.</source>
        <translation>La séance en direct s’est arrêtée.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>pamoja::LiveServer</name>
    <message>
        <source>The form is not valid UTF-8.</source>
        <translation>Le formulaire n’est pas en UTF-8 valide.</translation>
    </message>
    <message>
        <source>The form field &quot;%1&quot; appears twice.</source>
        <translation>Le champ de formulaire «&#xa0;%1&#xa0;» apparaît deux fois.</translation>
    </message>
    <message>
        <source>No such language.</source>
        <translation>Cette langue n’existe pas.</translation>
    </message>
    <message>
        <source>Too many attempts to join; wait a moment.</source>
        <translation>Trop de tentatives de connexion&#xa0;; patientez un instant.</translation>
    </message>
    <message>
        <source>Join the session first.</source>
        <translation>Rejoignez d’abord la séance.</translation>
    </message>
    <message>
        <source>This device was removed from the session.</source>
        <translation>Cet appareil a été retiré de la séance.</translation>
    </message>
    <message>
        <source>This address is a WebSocket.</source>
        <translation>Cette adresse est un WebSocket.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>Send JSON (Content-Type: application/json).</source>
        <translation>Envoyez du JSON (Content-Type: application/json).</translation>
    </message>
    <message>
        <source>Use POST.</source>
        <translation>Utilisez POST.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Unknown language code.</source>
        <translation>Code de langue inconnu.</translation>
    </message>
    <message>
        <source>That join code is not right. Check the code on the screen.</source>
        <translation>Ce code de connexion n’est pas correct. Vérifiez le code affiché à l’écran.</translation>
    </message>
    <message>
        <source>The request lacks its session token.</source>
        <translation>Il manque le jeton de session dans la requête.</translation>
    </message>
    <message>
        <source>Use GET.</source>
        <translation>Utilisez GET.</translation>
    </message>
    <message>
        <source>No such idea.</source>
        <translation>Cette idée n’existe pas.</translation>
    </message>
    <message>
        <source>Use PATCH or DELETE.</source>
        <translation>Utilisez PATCH ou DELETE.</translation>
    </message>
    <message>
        <source>Use PUT.</source>
        <translation>Utilisez PUT.</translation>
    </message>
    <message>
        <source>Send a form.</source>
        <translation>Envoyez un formulaire.</translation>
    </message>
    <message>
        <source>Could not join.</source>
        <translation>Impossible de rejoindre la séance.</translation>
    </message>
    <message>
        <source>The form has expired; reload the page.</source>
        <translation>Le formulaire a expiré&#xa0;; rechargez la page.</translation>
    </message>
    <message>
        <source>The vote form does not match the round; reload the page.</source>
        <translation>Le formulaire de vote ne correspond pas au tour&#xa0;; rechargez la page.</translation>
    </message>
    <message>
        <source>The report has not been published yet.</source>
        <translation>Le rapport n’a pas encore été publié.</translation>
    </message>
    <message>
        <source>The facilitator has paused contributions for a moment.</source>
        <translation>L’animateur a suspendu les contributions pour un moment.</translation>
    </message>
    <message>
        <source>Slow down a little; try again in a few seconds.</source>
        <translation>Ralentissez un peu&#xa0;; réessayez dans quelques secondes.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>That id belongs to another idea.</source>
        <translation>Cet identifiant appartient à une autre idée.</translation>
    </message>
    <message>
        <source>Idea from a participant&apos;s device</source>
        <translation>Idée envoyée depuis l’appareil d’un participant</translation>
    </message>
    <message>
        <source>The idea could not be saved; please try again.</source>
        <translation>L’idée n’a pas pu être enregistrée&#xa0;; veuillez réessayer.</translation>
    </message>
    <message>
        <source>No such idea of yours.</source>
        <translation>Vous n’avez pas d’idée de ce type.</translation>
    </message>
    <message>
        <source>This idea is already on the board and can no longer be changed.</source>
        <translation>Cette idée figure déjà sur le tableau et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>An idea needs some text.</source>
        <translation>Une idée doit comporter du texte.</translation>
    </message>
    <message>
        <source>A participant edited their idea</source>
        <translation>Un participant a modifié son idée</translation>
    </message>
    <message>
        <source>The change could not be saved; please try again.</source>
        <translation>La modification n’a pas pu être enregistrée&#xa0;; veuillez réessayer.</translation>
    </message>
    <message>
        <source>This idea is already on the board and can no longer be withdrawn.</source>
        <translation>Cette idée figure déjà sur le tableau et ne peut plus être retirée.</translation>
    </message>
    <message>
        <source>A participant withdrew their idea</source>
        <translation>Un participant a retiré son idée</translation>
    </message>
    <message>
        <source>This voting round is closed.</source>
        <translation>Ce tour de vote est clos.</translation>
    </message>
    <message>
        <source>That item is not part of this voting round.</source>
        <translation>Cet élément ne fait pas partie de ce tour de vote.</translation>
    </message>
    <message>
        <source>Dots from a participant&apos;s device</source>
        <translation>Gommettes envoyées depuis l’appareil d’un participant</translation>
    </message>
    <message>
        <source>Your dots could not be saved; please try again.</source>
        <translation>Vos gommettes n’ont pas pu être enregistrées&#xa0;; veuillez réessayer.</translation>
    </message>
    <message>
        <source>The live session is already running.</source>
        <translation>La séance en direct est déjà en cours.</translation>
    </message>
    <message>
        <source>The workshop is open read-only; participants&apos; ideas could not be saved.</source>
        <translation>L’atelier est ouvert en lecture seule&#xa0;; les idées des participants n’ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <source>A join code is 6 characters from %1.</source>
        <translation>Un code de connexion comporte 6 caractères parmi %1.</translation>
    </message>
    <message>
        <source>Could not start the live session on %1 port %2: %3</source>
        <translation>Impossible de démarrer la séance en direct sur %1, port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>That idea is no longer waiting for approval.</source>
        <translation>Cette idée n’est plus en attente d’approbation.</translation>
    </message>
    <message>
        <source>Approve a participant&apos;s idea</source>
        <translation>Approuver l’idée d’un participant</translation>
    </message>
    <message>
        <source>Reject a participant&apos;s idea</source>
        <translation>Rejeter l’idée d’un participant</translation>
    </message>
    <message>
        <source>This session is full.</source>
        <translation>Cette séance est complète.</translation>
    </message>
    <message>
        <source>Please enter your name, or join anonymously.</source>
        <translation>Veuillez saisir votre nom, ou participer de façon anonyme.</translation>
    </message>
    <message>
        <source>This workshop asks everyone to give their name.</source>
        <translation>Cet atelier demande à chacun d’indiquer son nom.</translation>
    </message>
    <message>
        <source>Unknown constituency &quot;%1&quot;.</source>
        <translation>Collège «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
    <message>
        <source>Someone has already joined with the name &quot;%1&quot;; please add something to tell you apart.</source>
        <translation>Quelqu’un participe déjà sous le nom «&#xa0;%1&#xa0;»&#xa0;; veuillez ajouter un élément pour vous distinguer.</translation>
    </message>
    <message>
        <source>A participant joined from a device</source>
        <translation>Un participant a rejoint la séance depuis un appareil</translation>
    </message>
    <message>
        <source>A change from a participant&apos;s device could not be saved: %1</source>
        <translation>Une modification envoyée depuis l’appareil d’un participant n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Le corps doit être un objet JSON.</translation>
    </message>
    <message>
        <source>The body is not valid JSON.</source>
        <translation>Le corps n’est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The body has data after the JSON object.</source>
        <translation>Le corps contient des données après l’objet JSON.</translation>
    </message>
    <message>
        <source>The body contains an unpaired surrogate.</source>
        <translation>Le corps contient un demi-codet (surrogate) non apparié.</translation>
    </message>
    <message>
        <source>The body is nested too deeply.</source>
        <translation>Le corps est imbriqué trop profondément.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice.</source>
        <translation>La clé «&#xa0;%1&#xa0;» apparaît deux fois.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne de caractères</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>an id (UUID)</source>
        <translation>un identifiant (UUID)</translation>
    </message>
    <message>
        <source>The body is not valid UTF-8.</source>
        <translation>Le corps n’est pas en UTF-8 valide.</translation>
    </message>
    <message>
        <source>The body must not start with a byte order mark.</source>
        <translation>Le corps ne doit pas commencer par une marque d’ordre des octets (BOM).</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Champ «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est manquant.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be %2.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être %2.</translation>
    </message>
    <message>
        <source>The %1 is too long (at most %2 characters).</source>
        <translation>Le %1 est trop long (%2 caractères au maximum).</translation>
    </message>
    <message>
        <source>The %1 contains control characters.</source>
        <translation>Le %1 contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The %1 contains text-direction controls; please type it without them.</source>
        <translation>Le %1 contient des caractères de contrôle de la direction du texte&#xa0;; veuillez le saisir sans eux.</translation>
    </message>
    <message>
        <source>The %1 contains invalid characters.</source>
        <translation>Le %1 contient des caractères non valides.</translation>
    </message>
    <message>
        <source>The shared session table could not be written: %1</source>
        <translation>La table des sessions partagée n’a pas pu être écrite : %1</translation>
    </message>
</context>
<context>
    <name>pamoja::LiveSession</name>
    <message>
        <source>Start &amp;Live Session…</source>
        <translation>Démarrer une séance en &amp;direct…</translation>
    </message>
    <message>
        <source>Let participants join from their own phones on this network</source>
        <translation>Permettre aux participants de rejoindre la séance depuis leur propre téléphone sur ce réseau</translation>
    </message>
    <message>
        <source>St&amp;op Live Session</source>
        <translation>&amp;Arrêter la séance en direct</translation>
    </message>
    <message>
        <source>P&amp;ause Device Submissions</source>
        <translation>&amp;Suspendre les envois des appareils</translation>
    </message>
    <message>
        <source>Show &amp;Join Code in Presenter</source>
        <translation>Afficher le code de &amp;connexion dans la vue présentateur</translation>
    </message>
    <message>
        <source>Show the QR code and the join code to the room</source>
        <translation>Montrer le code QR et le code de connexion à la salle</translation>
    </message>
    <message>
        <source>Live Session &amp;Panel</source>
        <translation>&amp;Panneau de la séance en direct</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Séance en direct</translation>
    </message>
    <message>
        <source>Open a workshop first: devices add their ideas to the open workshop.</source>
        <translation>Ouvrez d’abord un atelier&#xa0;: les appareils ajoutent leurs idées à l’atelier ouvert.</translation>
    </message>
    <message>
        <source>This workshop is open read-only, so devices could not add anything. Close the other Pamoja that has it open, then open it here again.</source>
        <translation>Cet atelier est ouvert en lecture seule&#xa0;: les appareils ne pourraient rien y ajouter. Fermez l’autre Pamoja qui l’a ouvert, puis rouvrez-le ici.</translation>
    </message>
    <message>
        <source>Port %1 is already in use on this computer, perhaps by another Pamoja or another program. Choose another port, such as %2.</source>
        <translation>Le port %1 est déjà utilisé sur cet ordinateur, peut-être par un autre Pamoja ou un autre programme. Choisissez un autre port, par exemple %2.</translation>
    </message>
    <message>
        <source>Stop Live Session</source>
        <translation>Arrêter la séance en direct</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) from devices still wait for your approval. They stay in the workshop, hidden; you can reveal them from the board later. Stop the live session?</source>
        <translation>
            <numerusform>%n idée envoyée depuis un appareil attend encore votre approbation. Elle reste dans l’atelier, masquée&#xa0;; vous pourrez la dévoiler plus tard depuis le tableau. Arrêter la séance en direct&#xa0;?</numerusform>
            <numerusform>%n idées envoyées depuis des appareils attendent encore votre approbation. Elles restent dans l’atelier, masquées&#xa0;; vous pourrez les dévoiler plus tard depuis le tableau. Arrêter la séance en direct&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>The live session stopped: devices cannot reach it. Start it again from the Session menu.</source>
        <translation>La séance en direct s’est arrêtée&#xa0;: les appareils ne peuvent plus l’atteindre. Relancez-la depuis le menu Séance.</translation>
    </message>
    <message>
        <source>Live session stopped</source>
        <translation>Séance en direct arrêtée</translation>
    </message>
    <message numerus="yes">
        <source>Live, paused: %n device(s)</source>
        <translation>
            <numerusform>En direct, en pause&#xa0;: %n appareil</numerusform>
            <numerusform>En direct, en pause&#xa0;: %n appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live: %n device(s) connected</source>
        <translation>
            <numerusform>En direct&#xa0;: %n appareil connecté</numerusform>
            <numerusform>En direct&#xa0;: %n appareils connectés</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
    <message>
        <source>Publish Report</source>
        <translation>Publier le rapport</translation>
    </message>
    <message>
        <source>Make the PDF report (%1) and let every device in the session download it? Anonymous ideas carry no name; names appear only where participants agreed.</source>
        <translation>Générer le rapport PDF (%1) et permettre à chaque appareil de la séance de le télécharger&#xa0;? Les idées anonymes ne portent aucun nom&#xa0;; les noms n’apparaissent que si les participants l’ont accepté.</translation>
    </message>
    <message>
        <source>There is no room for the report in the temporary folder.</source>
        <translation>Il n’y a pas assez de place pour le rapport dans le dossier temporaire.</translation>
    </message>
    <message>
        <source>The live session stopped before the report was ready.</source>
        <translation>La séance en direct s’est arrêtée avant que le rapport soit prêt.</translation>
    </message>
    <message>
        <source>The report is ready for the devices.</source>
        <translation>Le rapport est prêt pour les appareils.</translation>
    </message>
</context>
<context>
    <name>pamoja::LiveSessionDialog</name>
    <message>
        <source>Start Live Session</source>
        <translation>Démarrer une séance en direct</translation>
    </message>
    <message>
        <source>Participants join from their own phones or laptops on the same network: no internet, no install, no account. Pick the network they are on.</source>
        <translation>Les participants se connectent depuis leur propre téléphone ou ordinateur portable sur le même réseau&#xa0;: sans internet, sans installation, sans compte. Choisissez le réseau auquel ils sont connectés.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Réseau&#xa0;:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Moderate: ideas from devices wait for my approval</source>
        <translation>&amp;Modérer&#xa0;: les idées des appareils attendent mon approbation</translation>
    </message>
    <message>
        <source>Problem starting the live session</source>
        <translation>Problème au démarrage de la séance en direct</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start the live session</source>
        <translation>Démarrer la séance en direct</translation>
    </message>
    <message>
        <source>Only this computer can reach the session on this address. Connect to the room&apos;s Wi-Fi for phones to join.</source>
        <translation>Seul cet ordinateur peut atteindre la séance à cette adresse. Connectez-vous au Wi-Fi de la salle pour que les téléphones puissent participer.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>%1, this computer only</source>
        <translation>%1, cet ordinateur uniquement</translation>
    </message>
    <message>
        <source>%1, not connected</source>
        <translation>%1, non connecté</translation>
    </message>
    <message>
        <source>There is no network address to listen on.</source>
        <translation>Il n’y a aucune adresse réseau sur laquelle écouter.</translation>
    </message>
</context>
<context>
    <name>pamoja::Main</name>
    <message>
        <source>pamoja: no display found. Run it on a desktop, under a virtual display (xvfb-run pamoja FILE), or with QT_QPA_PLATFORM=offscreen for a headless start. The subcommands (pamoja help) need no display.
</source>
        <translation>pamoja&#xa0;: aucun écran trouvé. Lancez-le sur un bureau, sous un affichage virtuel (xvfb-run pamoja FICHIER) ou avec QT_QPA_PLATFORM=offscreen pour un démarrage sans écran. Les sous-commandes (pamoja help) n’ont pas besoin d’écran.
</translation>
    </message>
    <message>
        <source>Envisioning workshops, together.</source>
        <translation>Des ateliers pour imaginer l’avenir, ensemble.</translation>
    </message>
    <message>
        <source>A workshop file to open.</source>
        <translation>Fichier d’atelier à ouvrir.</translation>
    </message>
    <message>
        <source>pamoja: the interface language &quot;%1&quot; could not be loaded; continuing in English.
</source>
        <translation>pamoja : la langue d’interface « %1 » n’a pas pu être chargée ; suite en anglais.
</translation>
    </message>
</context>
<context>
    <name>pamoja::MainWindow</name>
    <message>
        <source>Pamoja</source>
        <translation>Pamoja</translation>
    </message>
    <message>
        <source>Read-only: this workshop is open in another Pamoja or cannot be written. You can look, but changes cannot be made here.</source>
        <translation>Lecture seule&#xa0;: cet atelier est ouvert dans une autre instance de Pamoja ou ne peut pas être modifié. Vous pouvez le consulter, mais aucune modification n’est possible ici.</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Avis de lecture seule</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Open a workshop or create a new one to begin. You can also drop a .pamoja file here.</source>
        <translation>Ouvrez un atelier ou créez-en un nouveau pour commencer. Vous pouvez aussi déposer un fichier .pamoja ici.</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <source>&amp;Open Workshop…</source>
        <translation>&amp;Ouvrir un atelier…</translation>
    </message>
    <message>
        <source>Create a new workshop</source>
        <translation>Créer un nouvel atelier</translation>
    </message>
    <message>
        <source>Open a workshop file</source>
        <translation>Ouvrir un fichier d’atelier</translation>
    </message>
    <message>
        <source>Board or outline</source>
        <translation>Tableau ou plan</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>Ou&amp;tline</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>Search ideas (Ctrl+F)</source>
        <translation>Rechercher des idées (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search ideas</source>
        <translation>Rechercher des idées</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Barre d’état</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [lecture seule]</translation>
    </message>
    <message>
        <source>%1 — Pamoja</source>
        <translation>%1 — Pamoja</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un atelier &amp;récent</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Close Workshop</source>
        <translation>&amp;Fermer l’atelier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find Ideas</source>
        <translation>Rec&amp;hercher des idées</translation>
    </message>
    <message>
        <source>Capture an &amp;Idea</source>
        <translation>Saisir une &amp;idée</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Step &amp;%1</source>
        <translation>Étape &amp;%1</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>&amp;Presenter View</source>
        <translation>Vue &amp;présentateur</translation>
    </message>
    <message>
        <source>Show the prompt, timer and revealed ideas in a second window for the room</source>
        <translation>Afficher la question, le minuteur et les idées dévoilées dans une seconde fenêtre destinée à la salle</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Pa&amp;nneaux</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>&amp;Private Writing</source>
        <translation>Écriture en &amp;privé</translation>
    </message>
    <message>
        <source>New ideas stay hidden from the board until you reveal them</source>
        <translation>Les nouvelles idées restent masquées sur le tableau jusqu’à ce que vous les dévoiliez</translation>
    </message>
    <message>
        <source>&amp;Reveal Hidden Ideas</source>
        <translation>&amp;Dévoiler les idées masquées</translation>
    </message>
    <message>
        <source>Start or Pause the &amp;Timer</source>
        <translation>Démarrer ou mettre en pause le &amp;minuteur</translation>
    </message>
    <message>
        <source>R&amp;eset the Timer</source>
        <translation>Réi&amp;nitialiser le minuteur</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Pamoja</source>
        <translation>À &amp;propos de Pamoja</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>Turn private writing on</source>
        <translation>Activer l’écriture en privé</translation>
    </message>
    <message>
        <source>Turn private writing off</source>
        <translation>Désactiver l’écriture en privé</translation>
    </message>
    <message>
        <source>About Pamoja</source>
        <translation>À propos de Pamoja</translation>
    </message>
    <message>
        <source>Pamoja %1: envisioning workshops for balanced partnerships between Northern and Southern civil-society organisations.</source>
        <translation>Pamoja %1&#xa0;: des ateliers pour imaginer des partenariats équilibrés entre organisations de la société civile du Nord et du Sud.</translation>
    </message>
    <message>
        <source>Workshop in Use</source>
        <translation>Atelier en cours d’utilisation</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You can look at everything but not change it.</source>
        <translation>%1

L’ouvrir en lecture seule&#xa0;? Vous pourrez tout consulter, mais rien modifier.</translation>
    </message>
    <message>
        <source>Open Workshop</source>
        <translation>Ouvrir un atelier</translation>
    </message>
    <message>
        <source>Pamoja workshops (*.pamoja);;All files (*)</source>
        <translation>Ateliers Pamoja (*.pamoja);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Pamoja workshops (*.pamoja)</source>
        <translation>Ateliers Pamoja (*.pamoja)</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>Une copie a été enregistrée sous %1.</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>Aucun atelier récent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Workshop Settings…</source>
        <translation>Paramètres de l’&amp;atelier…</translation>
    </message>
    <message>
        <source>&amp;Quick Capture Window</source>
        <translation>Fenêtre de saisie &amp;rapide</translation>
    </message>
    <message>
        <source>Import &amp;Ideas…</source>
        <translation>Importer des &amp;idées…</translation>
    </message>
    <message>
        <source>Import Ideas</source>
        <translation>Importer des idées</translation>
    </message>
    <message>
        <source>Lists of ideas (*.txt *.md *.markdown *.csv *.tsv *.xlsx);;All files (*)</source>
        <translation>Listes d’idées (*.txt *.md *.markdown *.csv *.tsv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Contribution &amp;Form…</source>
        <translation>Exporter le for&amp;mulaire de contribution…</translation>
    </message>
    <message>
        <source>Import Contribution &amp;Packet…</source>
        <translation>Importer un paquet de con&amp;tribution…</translation>
    </message>
    <message>
        <source>%1 contribution form</source>
        <translation>%1 formulaire de contribution</translation>
    </message>
    <message>
        <source>Export Contribution Form</source>
        <translation>Exporter le formulaire de contribution</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>The contribution form was saved as %1. Send it to participants; they send back a contribution packet to import.</source>
        <translation>Le formulaire de contribution a été enregistré sous %1. Envoyez-le aux participants ; ils vous renverront un paquet de contribution à importer.</translation>
    </message>
    <message>
        <source>Import Contribution Packet</source>
        <translation>Importer un paquet de contribution</translation>
    </message>
    <message>
        <source>Contribution packets (*.txt *.eml);;All files (*)</source>
        <translation>Paquets de contribution (*.txt *.eml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open the workshop the contribution packet is for first, then import it.</source>
        <translation>Ouvrez d’abord l’atelier auquel le paquet de contribution est destiné, puis importez-le.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1 : %2 Rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to import: the %n idea(s) of this contribution packet are already in the workshop.</source>
        <translation>
            <numerusform>Rien à importer : %n idée de ce paquet de contribution figure déjà dans l’atelier.</numerusform>
            <numerusform>Rien à importer : les %n idées de ce paquet de contribution figurent déjà dans l’atelier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contribution packet %1</source>
        <translation>Importer le paquet de contribution %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n idea(s) from the contribution packet.</source>
        <translation>
            <numerusform>%n idée importée depuis le paquet de contribution.</numerusform>
            <numerusform>%n idées importées depuis le paquet de contribution.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in the workshop.</source>
        <translation>
            <numerusform>%n figurait déjà dans l’atelier.</numerusform>
            <numerusform>%n figuraient déjà dans l’atelier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Workshop &amp;Data (JSON)…</source>
        <translation>Importer les &amp;données d’un atelier (JSON)…</translation>
    </message>
    <message>
        <source>Import Workshop Data</source>
        <translation>Importer les données d’un atelier</translation>
    </message>
    <message>
        <source>Pamoja JSON exports (*.json);;All files (*)</source>
        <translation>Exports JSON de Pamoja (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open the workshop to import into first, then import the JSON export.</source>
        <translation>Ouvrez d’abord l’atelier dans lequel importer, puis importez l’export JSON.</translation>
    </message>
    <message>
        <source>%1 is too large to be a Pamoja workshop export. Nothing was imported.</source>
        <translation>%1 est trop volumineux pour être un export d’atelier Pamoja. Rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to import: the %n item(s) of %1 are already in this workshop.</source>
        <translation>
            <numerusform>Rien à importer : l’élément de %1 (%n) est déjà dans cet atelier.</numerusform>
            <numerusform>Rien à importer : les %n éléments de %1 sont déjà dans cet atelier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n new item(s) from %1 into this workshop?</source>
        <translation>
            <numerusform>Importer %n nouvel élément de %1 dans cet atelier ?</numerusform>
            <numerusform>Importer %n nouveaux éléments de %1 dans cet atelier ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are already here and stay as they are.</source>
        <translation>
            <numerusform>%n élément est déjà ici et reste tel quel.</numerusform>
            <numerusform>%n éléments sont déjà ici et restent tels quels.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo the import with Edit &gt; Undo.</source>
        <translation>Vous pouvez annuler l’importation avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from %1.</source>
        <translation>
            <numerusform>%n élément importé depuis %1.</numerusform>
            <numerusform>%n éléments importés depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Detect &amp;Languages</source>
        <translation>Détecter les &amp;langues</translation>
    </message>
    <message>
        <source>Fill in the language of ideas that have none, where the text makes it clear; a language someone gave is kept</source>
        <translation>Renseigner la langue des idées qui n&apos;en ont pas, quand le texte la rend claire ; une langue donnée par quelqu&apos;un est conservée</translation>
    </message>
    <message>
        <source>No language detected: the %1 ideas without one are too short or too mixed to tell.</source>
        <translation>Aucune langue détectée : les %1 idées sans langue sont trop courtes ou trop mélangées pour le dire.</translation>
    </message>
    <message>
        <source>Every idea&apos;s language is known.</source>
        <translation>La langue de chaque idée est connue.</translation>
    </message>
    <message>
        <source>Detect languages</source>
        <translation>Détecter les langues</translation>
    </message>
    <message>
        <source>Detected the language of %1 of %2 ideas without one.</source>
        <translation>Langue détectée pour %1 des %2 idées qui n&apos;en avaient pas.</translation>
    </message>
    <message>
        <source>&amp;Merge Workshop…</source>
        <translation>F&amp;usionner un atelier…</translation>
    </message>
    <message>
        <source>Show Only Ideas &amp;Flagged for Review</source>
        <translation>N’afficher que les idées &amp;signalées pour vérification</translation>
    </message>
    <message>
        <source>Merge Workshop</source>
        <translation>Fusionner un atelier</translation>
    </message>
    <message>
        <source>%1 holds nothing this workshop does not have already.</source>
        <translation>%1 ne contient rien que cet atelier n’ait déjà.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 in %2 has the name and organisation of a participant already in this workshop.

Are they the same person? Yes: one participant. No: keep them separate.</source>
        <translation>%1 dans %2 a le nom et l’organisation d’un participant déjà présent dans cet atelier.

S’agit-il de la même personne ? Oui : un seul participant. Non : les garder séparés.</translation>
    </message>
    <message>
        <source>Merging %1 into this workshop:</source>
        <translation>Fusion de %1 dans cet atelier :</translation>
    </message>
    <message>
        <source>Merge now? Edit &gt; Undo takes the whole merge back.</source>
        <translation>Fusionner maintenant ? Édition &gt; Annuler annule toute la fusion.</translation>
    </message>
    <message>
        <source>Merged %1: %2 added, %3 updated, %4 removed, %5 flagged for review.</source>
        <translation>Fusion de %1 terminée. Ajoutés : %2 ; mis à jour : %3 ; supprimés : %4 ; idées signalées pour vérification : %5.</translation>
    </message>
    <message>
        <source>&amp;Translate Ideas…</source>
        <translation>&amp;Traduire les idées…</translation>
    </message>
    <message>
        <source>Machine translation beside each idea, with Apertium, on this computer</source>
        <translation>Traduction automatique à côté de chaque idée, avec Apertium, sur cet ordinateur</translation>
    </message>
    <message>
        <source>Edit T&amp;ranslation…</source>
        <translation>Modifier la tra&amp;duction…</translation>
    </message>
    <message>
        <source>Show &amp;Translations</source>
        <translation>Afficher les tra&amp;ductions</translation>
    </message>
    <message>
        <source>Show each idea&apos;s translation under its words on the board, in the outline and in the presenter view</source>
        <translation>Afficher la traduction de chaque idée sous ses mots, sur le tableau, dans le plan et dans la vue présentateur</translation>
    </message>
    <message>
        <source>Select an idea to edit its translation.</source>
        <translation>Sélectionnez une idée pour modifier sa traduction.</translation>
    </message>
    <message>
        <source>Open Reposi&amp;tory…</source>
        <translation>Ou&amp;vrir un dépôt…</translation>
    </message>
    <message>
        <source>Suggest &amp;Groups…</source>
        <translation>Suggérer des &amp;groupes…</translation>
    </message>
    <message>
        <source>Connection to the database</source>
        <translation>Connexion à la base de données</translation>
    </message>
    <message>
        <source>Reconnect Now</source>
        <translation>Se reconnecter maintenant</translation>
    </message>
    <message>
        <source>Reconnect to the database now</source>
        <translation>Se reconnecter à la base de données maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept on this computer until it is back.</source>
        <translation>
            <numerusform>%n modification gardée sur cet ordinateur jusqu’à son retour.</numerusform>
            <numerusform>%n modifications gardées sur cet ordinateur jusqu’à son retour.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes are kept on this computer until it is back.</source>
        <translation>Les modifications sont gardées sur cet ordinateur jusqu’à son retour.</translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n second(s).</source>
        <translation>
            <numerusform>Prochaine tentative dans %n seconde.</numerusform>
            <numerusform>Prochaine tentative dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Not connected to the database. %1 %2</source>
        <translation>Non connecté à la base de données. %1 %2</translation>
    </message>
    <message>
        <source>Changes Not Yet Saved</source>
        <translation>Modifications pas encore enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>The connection to the database is lost, and %n change(s) made since exist only on this computer. Closing the workshop now loses them.

Try to reconnect, save the whole workshop as you see it to a JSON file, or discard them?</source>
        <translation>
            <numerusform>La connexion à la base de données est perdue, et %n modification faite depuis n’existe que sur cet ordinateur. Fermer l’atelier maintenant la ferait perdre.

Se reconnecter, enregistrer tout l’atelier tel que vous le voyez dans un fichier JSON, ou l’abandonner ?</numerusform>
            <numerusform>La connexion à la base de données est perdue, et %n modifications faites depuis n’existent que sur cet ordinateur. Fermer l’atelier maintenant les ferait perdre.

Se reconnecter, enregistrer tout l’atelier tel que vous le voyez dans un fichier JSON, ou les abandonner ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Workshop as JSON</source>
        <translation>Enregistrer l’atelier en JSON</translation>
    </message>
    <message>
        <source>Pamoja JSON exports (*.json)</source>
        <translation>Exports JSON de Pamoja (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>pamoja::Merge</name>
    <message>
        <source>Merge workshop %1</source>
        <translation>Fusionner l’atelier %1</translation>
    </message>
    <message>
        <source>Merge workshops</source>
        <translation>Fusionner des ateliers</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 removed.</source>
        <translation>Ajoutés : %1 ; mis à jour : %2 ; supprimés : %3.</translation>
    </message>
    <message>
        <source>%1 ideas flagged for review.</source>
        <translation>Idées signalées pour vérification : %1.</translation>
    </message>
    <message>
        <source>%1 participants taken as ones already here (same name and organisation).</source>
        <translation>Participants assimilés à des participants déjà présents (même nom et même organisation) : %1.</translation>
    </message>
    <message>
        <source>%1 history entries learned.</source>
        <translation>Entrées d’historique récupérées : %1.</translation>
    </message>
    <message>
        <source>%1 is not a copy of this workshop (&quot;%2&quot;): only copies of one workshop can be merged.</source>
        <translation>%1 n’est pas une copie de cet atelier (« %2 ») : seules les copies d’un même atelier peuvent être fusionnées.</translation>
    </message>
    <message>
        <source>The copies cannot be merged: %1 Nothing was changed.</source>
        <translation>Les copies ne peuvent pas être fusionnées : %1 Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 n’est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>%1 is the workshop being merged into; choose another file.</source>
        <translation>%1 est l’atelier cible de la fusion ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Could not make a private folder to read %1: %2</source>
        <translation>Impossible de créer un dossier privé pour lire %1 : %2</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
</context>
<context>
    <name>pamoja::NewWorkshopDialog</name>
    <message>
        <source>New Workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>Workshop title</source>
        <translation>Titre de l’atelier</translation>
    </message>
    <message>
        <source>Workshop file</source>
        <translation>Fichier d’atelier</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the workshop file</source>
        <translation>Choisir le fichier d’atelier</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>atelier</translation>
    </message>
    <message>
        <source>Workshop File</source>
        <translation>Fichier d’atelier</translation>
    </message>
    <message>
        <source>Pamoja workshops (*.pamoja)</source>
        <translation>Ateliers Pamoja (*.pamoja)</translation>
    </message>
    <message>
        <source>Problem with the workshop file</source>
        <translation>Problème avec le fichier d’atelier</translation>
    </message>
    <message>
        <source>Choose a file for the workshop.</source>
        <translation>Choisissez un fichier pour l’atelier.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another folder with Browse.</source>
        <translation>Le dossier %1 n’existe pas&#xa0;; choisissez un autre dossier avec Parcourir.</translation>
    </message>
    <message>
        <source>You cannot save in the folder %1; choose another folder with Browse.</source>
        <translation>Vous ne pouvez pas enregistrer dans le dossier %1&#xa0;; choisissez un autre dossier avec Parcourir.</translation>
    </message>
</context>
<context>
    <name>pamoja::OpenRepositoryDialog</name>
    <message>
        <source>Open Repository</source>
        <translation>Ouvrir un dépôt</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>From PGPASSWORD or ~/.pgpass when empty</source>
        <translation>Tiré de PGPASSWORD ou de ~/.pgpass si vide</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Workshops in the database</source>
        <translation>Ateliers de la base de données</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Connect to list the workshops of the database.</source>
        <translation>Connectez-vous pour lister les ateliers de la base de données.</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation>Indiquez le serveur et la base de données.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>The database holds no workshops yet. Copy one in with &quot;pamoja copy FILE LOCATION&quot;.</source>
        <translation>La base de données ne contient encore aucun atelier. Copiez-en un avec «&#xa0;pamoja copy FILE LOCATION&#xa0;».</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) in the database.</source>
        <translation>
            <numerusform>%n atelier dans la base de données.</numerusform>
            <numerusform>%n ateliers dans la base de données.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection details changed; connect again.</source>
        <translation>Les informations de connexion ont changé ; connectez-vous à nouveau.</translation>
    </message>
</context>
<context>
    <name>pamoja::OutlineModel</name>
    <message numerus="yes">
        <source>%1 (%n idea(s))</source>
        <translation>
            <numerusform>%1 (%n idée)</numerusform>
            <numerusform>%1 (%n idées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in a cluster (%n idea(s))</source>
        <translation>
            <numerusform>Hors regroupement (%n idée)</numerusform>
            <numerusform>Hors regroupement (%n idées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ideas not yet in a cluster</source>
        <translation>Idées pas encore regroupées</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n idea(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n idée</numerusform>
            <numerusform>%1&#xa0;: %n idées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 [hidden from the presenter view]</source>
        <translation>%1 [masquée dans la vue présentateur]</translation>
    </message>
    <message>
        <source>Original words: %1</source>
        <translation>Formulation d’origine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rename cluster to &quot;%1&quot;</source>
        <translation>Renommer le regroupement en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit an idea&apos;s words</source>
        <translation>Modifier la formulation d’une idée</translation>
    </message>
    <message>
        <source>Clusters and ideas</source>
        <translation>Regroupements et idées</translation>
    </message>
    <message numerus="yes">
        <source>Move %n idea(s) to another cluster</source>
        <translation>
            <numerusform>Déplacer %n idée vers un autre regroupement</numerusform>
            <numerusform>Déplacer %n idées vers un autre regroupement</numerusform>
        </translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <comment>a language Pamoja detected from the idea&apos;s text</comment>
        <translation>%1 (détectée)</translation>
    </message>
</context>
<context>
    <name>pamoja::OutlineView</name>
    <message>
        <source>Outline of clusters and ideas</source>
        <translation>Plan des regroupements et des idées</translation>
    </message>
    <message>
        <source>Each cluster with its ideas. Drag ideas onto another cluster to move them; F2 renames.</source>
        <translation>Chaque regroupement avec ses idées. Faites glisser des idées sur un autre regroupement pour les déplacer&#xa0;; F2 permet de renommer.</translation>
    </message>
</context>
<context>
    <name>pamoja::OverviewPage</name>
    <message>
        <source>Workshop overview</source>
        <translation>Vue d’ensemble de l’atelier</translation>
    </message>
    <message>
        <source>Open or create a workshop to see its overview.</source>
        <translation>Ouvrez ou créez un atelier pour en voir la vue d’ensemble.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Regroupements</translation>
    </message>
    <message>
        <source>Not yet revealed</source>
        <translation>Pas encore dévoilées</translation>
    </message>
    <message>
        <source>System changes: %1 · Actions: %2 · Participants: %3</source>
        <translation>Changements systémiques&#xa0;: %1 · Actions&#xa0;: %2 · Participants&#xa0;: %3</translation>
    </message>
    <message>
        <source>Participation balance</source>
        <translation>Équilibre de la participation</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>Personnes présentes</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>few ideas</source>
        <translation>peu d’idées</translation>
    </message>
    <message>
        <source>few votes</source>
        <translation>peu de votes</translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous idea(s) without a constituency are not counted above.</source>
        <translation>
            <numerusform>%n idée anonyme sans collège n’est pas comptée ci-dessus.</numerusform>
            <numerusform>%n idées anonymes sans collège ne sont pas comptées ci-dessus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::Packet</name>
    <message>
        <source>The contribution packet is not valid: %1</source>
        <translation>Le paquet de contribution n’est pas valide : %1</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing.</source>
        <translation>le champ « %1 » est manquant.</translation>
    </message>
    <message>
        <source>there is an unknown field &quot;%1&quot;.</source>
        <translation>il contient un champ inconnu « %1 ».</translation>
    </message>
    <message>
        <source>idea %1</source>
        <translation>l’idée %1</translation>
    </message>
    <message>
        <source>%1 has an invalid &quot;%2&quot;.</source>
        <translation>le champ « %2 » de %1 n’est pas valide.</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 n’est pas un objet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>its content is not a JSON object.</source>
        <translation>son contenu n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>it is not a contribution (&quot;format&quot;).</source>
        <translation>ce n’est pas une contribution (« format »).</translation>
    </message>
    <message>
        <source>its content and its header disagree on the version.</source>
        <translation>son contenu et son en-tête n’indiquent pas la même version.</translation>
    </message>
    <message>
        <source>the workshop&apos;s id is invalid.</source>
        <translation>l’identifiant de l’atelier n’est pas valide.</translation>
    </message>
    <message>
        <source>the packet&apos;s id is invalid.</source>
        <translation>l’identifiant du paquet n’est pas valide.</translation>
    </message>
    <message>
        <source>the workshop&apos;s title is invalid.</source>
        <translation>le titre de l’atelier n’est pas valide.</translation>
    </message>
    <message>
        <source>the time it was saved is invalid.</source>
        <translation>l’heure d’enregistrement n’est pas valide.</translation>
    </message>
    <message>
        <source>the language is invalid.</source>
        <translation>la langue n’est pas valide.</translation>
    </message>
    <message>
        <source>it holds no ideas.</source>
        <translation>il ne contient aucune idée.</translation>
    </message>
    <message>
        <source>it holds more than %1 ideas.</source>
        <translation>il contient plus de %1 idées.</translation>
    </message>
    <message>
        <source>idea %1 has the same id as another.</source>
        <translation>l’idée %1 a le même identifiant qu’une autre.</translation>
    </message>
    <message>
        <source>The file is too large to be a contribution packet (more than 2 MB).</source>
        <translation>Le fichier est trop volumineux pour être un paquet de contribution (plus de 2 Mo).</translation>
    </message>
    <message>
        <source>There is no contribution packet in it (no line &quot;%1&quot;).</source>
        <translation>Il ne contient pas de paquet de contribution (pas de ligne « %1 »).</translation>
    </message>
    <message>
        <source>The contribution packet is truncated: its end is missing, so part of it was lost when it was copied. Ask the participant to send the whole file, or all of the text from BEGIN to END.</source>
        <translation>Le paquet de contribution est tronqué : sa fin manque, une partie a donc été perdue lors de la copie. Demandez au participant d’envoyer le fichier entier, ou tout le texte de BEGIN à END.</translation>
    </message>
    <message>
        <source>its header line &quot;%1&quot; is unknown or repeated.</source>
        <translation>sa ligne d’en-tête « %1 » est inconnue ou répétée.</translation>
    </message>
    <message>
        <source>line %1 of the packet has characters a packet never holds; it was edited or damaged.</source>
        <translation>la ligne %1 du paquet contient des caractères qu’un paquet ne contient jamais ; il a été modifié ou endommagé.</translation>
    </message>
    <message>
        <source>The contribution packet is too large (more than 1 MB of content).</source>
        <translation>Le paquet de contribution est trop volumineux (plus de 1 Mo de contenu).</translation>
    </message>
    <message>
        <source>its version is missing or not a number.</source>
        <translation>sa version est manquante ou n’est pas un nombre.</translation>
    </message>
    <message>
        <source>This contribution packet was made for a newer version of Pamoja (packet format %1; this version reads %2). Update Pamoja to import it.</source>
        <translation>Ce paquet de contribution a été créé pour une version plus récente de Pamoja (format de paquet %1 ; cette version lit le format %2). Mettez Pamoja à jour pour l’importer.</translation>
    </message>
    <message>
        <source>its length is missing or out of range.</source>
        <translation>sa longueur est manquante ou hors limites.</translation>
    </message>
    <message>
        <source>its checksum is missing or not SHA-256.</source>
        <translation>sa somme de contrôle est manquante ou n’est pas en SHA-256.</translation>
    </message>
    <message>
        <source>its content is not valid base64; it was edited or damaged.</source>
        <translation>son contenu n’est pas du base64 valide ; il a été modifié ou endommagé.</translation>
    </message>
    <message>
        <source>The contribution packet is truncated: it holds %1 of its %2 bytes, so part of it was lost when it was copied. Ask the participant to send the whole file, or all of the text from BEGIN to END.</source>
        <translation>Le paquet de contribution est tronqué : il contient %1 de ses %2 octets, une partie a donc été perdue lors de la copie. Demandez au participant d’envoyer le fichier entier, ou tout le texte de BEGIN à END.</translation>
    </message>
    <message>
        <source>The contribution packet was changed after it was saved: its checksum does not match its content (edited by hand, or damaged on the way). Nothing in it can be trusted; ask the participant to send it again.</source>
        <translation>Le paquet de contribution a été modifié après son enregistrement : sa somme de contrôle ne correspond pas à son contenu (modifié à la main ou endommagé en chemin). Rien de ce qu’il contient n’est fiable ; demandez au participant de le renvoyer.</translation>
    </message>
    <message>
        <source>This contribution packet is for the workshop &quot;%1&quot; (%2), not for &quot;%3&quot; (%4). Import it into its own workshop.</source>
        <translation>Ce paquet de contribution est destiné à l’atelier « %1 » (%2), et non à « %3 » (%4). Importez-le dans son propre atelier.</translation>
    </message>
    <message>
        <source>An idea in the packet has the id of something else in the workshop (%1); the packet was made by hand. Nothing was imported.</source>
        <translation>Une idée du paquet a l’identifiant d’un autre élément de l’atelier (%1) ; le paquet a été fabriqué à la main. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Idea %1: %2</source>
        <translation>Idée %1 : %2</translation>
    </message>
    <message>
        <source>Not on the roster, added as participants: %1.</source>
        <translation>Absents de la liste des participants, ajoutés comme participants : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) answer a prompt the workshop no longer has; they go to the step&apos;s first prompt.</source>
        <translation>
            <numerusform>%n idée répond à une question que l’atelier n’a plus ; elle va à la première question de l’étape.</numerusform>
            <numerusform>%n idées répondent à une question que l’atelier n’a plus ; elles vont à la première question de l’étape.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::Panels</name>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>pamoja::ParticipantModel</name>
    <message>
        <source>may be named</source>
        <translation>peut être nommé</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>non nommé</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Edit participant %1</source>
        <translation>Modifier le participant %1</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation>Nom ou pseudonyme</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>Peut être nommé</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
</context>
<context>
    <name>pamoja::ParticipantPage</name>
    <message>
        <source>Add a dot to: %1</source>
        <translation>Ajouter une gommette à&#xa0;: %1</translation>
    </message>
    <message>
        <source>This workshop is anonymous: your name is not asked and not kept.</source>
        <translation>Cet atelier est anonyme&#xa0;: votre nom n’est ni demandé ni conservé.</translation>
    </message>
    <message>
        <source>Take part anonymously</source>
        <translation>Participer anonymement</translation>
    </message>
    <message>
        <source>You get an alias such as “Participant 7”. Anonymous ideas store no name.</source>
        <translation>Vous recevez un pseudonyme comme «&#xa0;Participant 7&#xa0;». Les idées anonymes n’enregistrent aucun nom.</translation>
    </message>
    <message>
        <source>Ideas shared so far</source>
        <translation>Idées partagées jusqu’ici</translation>
    </message>
    <message>
        <source>No ideas have been revealed yet.</source>
        <translation>Aucune idée n’a encore été dévoilée.</translation>
    </message>
    <message>
        <source>Pamoja workshop</source>
        <translation>Atelier Pamoja</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Workshop code</source>
        <translation>Code de l’atelier</translation>
    </message>
    <message>
        <source>Six letters and digits, shown by the facilitator.</source>
        <translation>Six lettres et chiffres, affichés par l’animateur.</translation>
    </message>
    <message>
        <source>That code is not right. Check it on the facilitator&apos;s screen.</source>
        <translation>Ce code n’est pas correct. Vérifiez-le sur l’écran de l’animateur.</translation>
    </message>
    <message>
        <source>Withdraw this idea?</source>
        <translation>Retirer cette idée&#xa0;?</translation>
    </message>
    <message>
        <source>Whom do you speak for?</source>
        <translation>Au nom de qui parlez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>A donor</source>
        <translation>Un bailleur</translation>
    </message>
    <message>
        <source>A Northern CSO</source>
        <translation>Une OSC du Nord</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu’un d’autre</translation>
    </message>
    <message>
        <source>A Southern CSO</source>
        <translation>Une OSC du Sud</translation>
    </message>
    <message>
        <source>Your idea has been received.</source>
        <translation>Votre idée a bien été reçue.</translation>
    </message>
    <message>
        <source>Dots left: %1 of %2</source>
        <translation>Gommettes restantes&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>My dots: %1</source>
        <translation>Mes gommettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Download the report (PDF, %1)</source>
        <translation>Télécharger le rapport (PDF, %1)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit your idea</source>
        <translation>Modifier votre idée</translation>
    </message>
    <message>
        <source>Please write your idea first.</source>
        <translation>Écrivez d’abord votre idée.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Un problème est survenu. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Received. The facilitator looks at it before it is shared.</source>
        <translation>Reçue. L’animateur la lira avant qu’elle soit partagée.</translation>
    </message>
    <message>
        <source>Your idea</source>
        <translation>Votre idée</translation>
    </message>
    <message>
        <source>One idea at a time, in any language.</source>
        <translation>Une idée à la fois, dans la langue de votre choix.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Join the workshop</source>
        <translation>Rejoindre l’atelier</translation>
    </message>
    <message>
        <source>You take part as %1.</source>
        <translation>Vous participez en tant que %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Leave on this phone</source>
        <translation>Quitter sur ce téléphone</translation>
    </message>
    <message>
        <source>Connected. The page updates by itself.</source>
        <translation>Connecté. La page se met à jour toute seule.</translation>
    </message>
    <message>
        <source>Not in a group</source>
        <translation>Sans regroupement</translation>
    </message>
    <message>
        <source>My ideas</source>
        <translation>Mes idées</translation>
    </message>
    <message>
        <source>You have not sent an idea yet.</source>
        <translation>Vous n’avez pas encore envoyé d’idée.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>As you would like others to see it.</source>
        <translation>Tel que vous voulez que les autres le voient.</translation>
    </message>
    <message>
        <source>Without JavaScript, reload the page to see what is new.</source>
        <translation>Sans JavaScript, rechargez la page pour voir les nouveautés.</translation>
    </message>
    <message>
        <source>No connection. Your ideas are kept on this phone and sent when it is back.</source>
        <translation>Pas de connexion. Vos idées sont gardées sur ce téléphone et envoyées dès son retour.</translation>
    </message>
    <message>
        <source>The facilitator has paused new ideas for now.</source>
        <translation>L’animateur a mis les nouvelles idées en pause pour le moment.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Still to send: %1</source>
        <translation>Reste à envoyer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>La question</translation>
    </message>
    <message>
        <source>Remove a dot from: %1</source>
        <translation>Retirer une gommette de&#xa0;: %1</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Le rapport</translation>
    </message>
    <message>
        <source>Shared with everyone</source>
        <translation>Partagée avec tout le monde</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save my dots</source>
        <translation>Enregistrer mes gommettes</translation>
    </message>
    <message>
        <source>Received. Others see it once the facilitator shares the ideas.</source>
        <translation>Reçue. Les autres la verront quand l’animateur partagera les idées.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send without my name</source>
        <translation>Envoyer sans mon nom</translation>
    </message>
    <message>
        <source>Skip to the content</source>
        <translation>Aller au contenu</translation>
    </message>
    <message>
        <source>Step 1: Envision</source>
        <translation>Étape 1&#xa0;: Imaginer</translation>
    </message>
    <message>
        <source>Step 2: System change</source>
        <translation>Étape 2&#xa0;: Changement systémique</translation>
    </message>
    <message>
        <source>Step 3: Action</source>
        <translation>Étape 3&#xa0;: Action</translation>
    </message>
    <message>
        <source>This idea has been shared with everyone and can no longer be changed.</source>
        <translation>Cette idée a été partagée avec tout le monde et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>You have %1 dots. Put up to %2 on one item.</source>
        <translation>Vous avez %1 gommettes. Mettez-en jusqu’à %2 sur un même élément.</translation>
    </message>
    <message>
        <source>That vote was not taken: no dots left, or the round has closed.</source>
        <translation>Ce vote n’a pas été pris en compte&#xa0;: plus de gommettes, ou le tour est clos.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Your idea has been withdrawn.</source>
        <translation>Votre idée a été retirée.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>À propos de vous</translation>
    </message>
    <message>
        <source>Add this idea</source>
        <translation>Ajouter cette idée</translation>
    </message>
    <message>
        <source>Idea added. You can write another one.</source>
        <translation>Idée ajoutée. Vous pouvez en écrire une autre.</translation>
    </message>
    <message>
        <source>You changed your ideas after saving: save again so the new version is sent.</source>
        <translation>Vous avez modifié vos idées après l’enregistrement : enregistrez à nouveau pour que la nouvelle version soit envoyée.</translation>
    </message>
    <message>
        <source>I would rather not say</source>
        <translation>Je préfère ne pas le dire</translation>
    </message>
    <message>
        <source>Copied. Paste it into an e-mail to the facilitator.</source>
        <translation>Copié. Collez-le dans un e-mail à l’animateur.</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <source>Copying did not work here: select all of the text and copy it yourself.</source>
        <translation>La copie n’a pas fonctionné ici : sélectionnez tout le texte et copiez-le vous-même.</translation>
    </message>
    <message>
        <source>Ideas written so far: %1</source>
        <translation>Idées écrites jusqu’ici : %1</translation>
    </message>
    <message>
        <source>Download the file</source>
        <translation>Télécharger le fichier</translation>
    </message>
    <message>
        <source>Write your ideas here, even without an internet connection. When you are done, save your contribution and send it to the facilitator, by e-mail or on a USB stick.</source>
        <translation>Écrivez vos idées ici, même sans connexion internet. Quand vous avez terminé, enregistrez votre contribution et envoyez-la à l’animateur, par e-mail ou sur clé USB.</translation>
    </message>
    <message>
        <source>Your ideas are kept in this browser on this device until you send them.</source>
        <translation>Vos idées sont conservées dans ce navigateur, sur cet appareil, jusqu’à ce que vous les envoyiez.</translation>
    </message>
    <message>
        <source>Leave your name empty to take part anonymously: then no name is kept with your ideas.</source>
        <translation>Laissez votre nom vide pour participer anonymement : aucun nom ne sera alors conservé avec vos idées.</translation>
    </message>
    <message>
        <source>This workshop asks for your name. Please write it first.</source>
        <translation>Cet atelier demande votre nom. Veuillez d’abord l’indiquer.</translation>
    </message>
    <message>
        <source>Write at least one idea first.</source>
        <translation>Écrivez d’abord au moins une idée.</translation>
    </message>
    <message>
        <source>This form needs JavaScript to save your contribution, and JavaScript is switched off in this browser. You can still take part: write your ideas in an e-mail to the facilitator, with the question each one answers, and your name if you want it kept with them.</source>
        <translation>Ce formulaire a besoin de JavaScript pour enregistrer votre contribution, et JavaScript est désactivé dans ce navigateur. Vous pouvez quand même participer : écrivez vos idées dans un e-mail à l’animateur, avec la question à laquelle chacune répond, et votre nom si vous souhaitez qu’il soit conservé avec elles.</translation>
    </message>
    <message>
        <source>Your contribution as text</source>
        <translation>Votre contribution sous forme de texte</translation>
    </message>
    <message>
        <source>Copy all of it, from BEGIN to END, into an e-mail to the facilitator. Nothing needs to be changed in it.</source>
        <translation>Copiez-la en entier, de BEGIN à END, dans un e-mail à l’animateur. Vous n’avez rien à y modifier.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the idea: %1</source>
        <translation>Supprimer l’idée : %1</translation>
    </message>
    <message>
        <source>Idea removed.</source>
        <translation>Idée supprimée.</translation>
    </message>
    <message>
        <source>Save my contribution</source>
        <translation>Enregistrer ma contribution</translation>
    </message>
    <message>
        <source>This makes a small file to send to the facilitator, and shows the same text to paste into an e-mail. Nothing is sent by itself.</source>
        <translation>Cela crée un petit fichier à envoyer à l’animateur et affiche le même texte à coller dans un e-mail. Rien n’est envoyé automatiquement.</translation>
    </message>
    <message>
        <source>Your contribution is ready: send the file or the text to the facilitator.</source>
        <translation>Votre contribution est prête : envoyez le fichier ou le texte à l’animateur.</translation>
    </message>
    <message>
        <source>Send it</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Offline contribution form</source>
        <translation>Formulaire de contribution hors ligne</translation>
    </message>
    <message>
        <source>Your ideas for this question</source>
        <translation>Vos idées pour cette question</translation>
    </message>
</context>
<context>
    <name>pamoja::ParticipantsPanel</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Name or alias of a new participant</source>
        <translation>Nom ou pseudonyme d’un nouveau participant</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation>Nom ou pseudonyme</translation>
    </message>
    <message>
        <source>Constituency of the new participant</source>
        <translation>Collège du nouveau participant</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the current participant</source>
        <translation>Retirer le participant sélectionné</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Import a roster from a CSV file</source>
        <translation>Importer une liste de participants depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Balance warnings</source>
        <translation>Alertes d’équilibre</translation>
    </message>
    <message>
        <source>Participation balance (this step)</source>
        <translation>Équilibre de la participation (cette étape)</translation>
    </message>
    <message>
        <source>Add participant %1</source>
        <translation>Ajouter le participant %1</translation>
    </message>
    <message>
        <source>Remove participant %1</source>
        <translation>Retirer le participant %1</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Importer une liste de participants</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>pamoja::PlanEdits</name>
    <message>
        <source>A system change needs a title.</source>
        <translation>Un changement systémique doit avoir un titre.</translation>
    </message>
    <message>
        <source>The vision this change was made from no longer exists.</source>
        <translation>La vision à l’origine de ce changement n’existe plus.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>An action needs a description.</source>
        <translation>Une action doit avoir une description.</translation>
    </message>
    <message>
        <source>Unknown action status &quot;%1&quot;.</source>
        <translation>Statut d’action «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>That participant does not exist.</source>
        <translation>Ce participant n’existe pas.</translation>
    </message>
    <message>
        <source>That system change does not exist.</source>
        <translation>Ce changement systémique n’existe pas.</translation>
    </message>
    <message>
        <source>Earlier workshop</source>
        <translation>Atelier précédent</translation>
    </message>
    <message>
        <source>Unknown catalogue kind &quot;%1&quot;.</source>
        <translation>Type d’entrée de catalogue «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>A catalogue entry needs a name.</source>
        <translation>Une entrée du catalogue doit avoir un nom.</translation>
    </message>
    <message>
        <source>The code %1 is already in use.</source>
        <translation>Le code %1 est déjà utilisé.</translation>
    </message>
    <message>
        <source>Added by the facilitator</source>
        <translation>Ajouté par l’animateur</translation>
    </message>
</context>
<context>
    <name>pamoja::PlanPanel</name>
    <message>
        <source>System changes and action plan</source>
        <translation>Changements systémiques et plan d’action</translation>
    </message>
    <message>
        <source>Step 2: System changes</source>
        <translation>Étape 2&#xa0;: changements systémiques</translation>
    </message>
    <message>
        <source>Step 3: Action plan</source>
        <translation>Étape 3&#xa0;: plan d’action</translation>
    </message>
    <message>
        <source>Link vision to system change</source>
        <translation>Relier une vision à un changement systémique</translation>
    </message>
    <message>
        <source>Unlink vision from system change</source>
        <translation>Délier une vision d’un changement systémique</translation>
    </message>
    <message>
        <source>Link factor to system change</source>
        <translation>Relier un facteur à un changement systémique</translation>
    </message>
    <message>
        <source>Unlink factor from system change</source>
        <translation>Délier un facteur d’un changement systémique</translation>
    </message>
    <message>
        <source>Link action to system change</source>
        <translation>Relier une action à un changement systémique</translation>
    </message>
    <message>
        <source>Unlink action from system change</source>
        <translation>Délier une action d’un changement systémique</translation>
    </message>
    <message>
        <source>Vision to start a system change from</source>
        <translation>Vision à partir de laquelle créer un changement systémique</translation>
    </message>
    <message>
        <source>Create &amp;from vision</source>
        <translation>&amp;Créer depuis la vision</translation>
    </message>
    <message>
        <source>Create a system change from the chosen vision</source>
        <translation>Créer un changement systémique à partir de la vision choisie</translation>
    </message>
    <message>
        <source>Title of a new system change</source>
        <translation>Titre d’un nouveau changement systémique</translation>
    </message>
    <message>
        <source>What must change in the system?</source>
        <translation>Qu’est-ce qui doit changer dans le système&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a system change</source>
        <translation>Ajouter un changement systémique</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the current system change</source>
        <translation>Supprimer le changement systémique sélectionné</translation>
    </message>
    <message>
        <source>System changes</source>
        <translation>Changements systémiques</translation>
    </message>
    <message>
        <source>Visions this change serves</source>
        <translation>Visions servies par ce changement</translation>
    </message>
    <message>
        <source>Factors this change counters</source>
        <translation>Facteurs contrés par ce changement</translation>
    </message>
    <message>
        <source>Serves &amp;visions:</source>
        <translation>&amp;Visions servies&#xa0;:</translation>
    </message>
    <message>
        <source>Counters fac&amp;tors:</source>
        <translation>&amp;Facteurs contrés&#xa0;:</translation>
    </message>
    <message>
        <source>Description of a new action</source>
        <translation>Description d’une nouvelle action</translation>
    </message>
    <message>
        <source>What will we do?</source>
        <translation>Qu’allons-nous faire&#xa0;?</translation>
    </message>
    <message>
        <source>System change the new action serves</source>
        <translation>Changement systémique servi par la nouvelle action</translation>
    </message>
    <message>
        <source>A&amp;dd action</source>
        <translation>Ajouter l’ac&amp;tion</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>Remove the current action</source>
        <translation>Supprimer l’action sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Import open actions…</source>
        <translation>&amp;Importer des actions ouvertes…</translation>
    </message>
    <message>
        <source>Import open actions from an earlier workshop</source>
        <translation>Importer les actions ouvertes d’un atelier précédent</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>System changes this action serves</source>
        <translation>Changements systémiques servis par cette action</translation>
    </message>
    <message>
        <source>Serves s&amp;ystem changes:</source>
        <translation>Changements s&amp;ystémiques servis&#xa0;:</translation>
    </message>
    <message>
        <source>(no system change yet)</source>
        <translation>(pas encore de changement systémique)</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Regroupement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Idea: %1</source>
        <translation>Idée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n action(s) have both owners on the same side (North or South).</source>
        <translation>
            <numerusform>⚠ %n action a ses deux responsables du même côté (Nord ou Sud).</numerusform>
            <numerusform>⚠ %n actions ont leurs deux responsables du même côté (Nord ou Sud).</numerusform>
        </translation>
    </message>
    <message>
        <source>System change from &quot;%1&quot;</source>
        <translation>Changement systémique issu de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add system change &quot;%1&quot;</source>
        <translation>Ajouter le changement systémique «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove system change</source>
        <translation>Supprimer un changement systémique</translation>
    </message>
    <message>
        <source>Add action &quot;%1&quot;</source>
        <translation>Ajouter l’action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Supprimer une action</translation>
    </message>
    <message>
        <source>Pamoja workshops (*.pamoja)</source>
        <translation>Ateliers Pamoja (*.pamoja)</translation>
    </message>
    <message>
        <source>Choose an earlier workshop, not the one that is open.</source>
        <translation>Choisissez un atelier précédent, et non celui qui est ouvert.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n open action(s) from &quot;%1&quot;</source>
        <translation>
            <numerusform>Importer %n action ouverte depuis «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Importer %n actions ouvertes depuis «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Open actions imported</source>
        <translation>Actions ouvertes importées</translation>
    </message>
    <message>
        <source>%1 open actions imported from &quot;%2&quot;; %3 were already here.</source>
        <translation>Actions ouvertes importées depuis «&#xa0;%2&#xa0;»&#xa0;: %1&#xa0;; déjà présentes&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>pamoja::PresenterCanvas</name>
    <message>
        <source>Revealed ideas</source>
        <translation>Idées dévoilées</translation>
    </message>
    <message>
        <source>Not yet grouped</source>
        <translation>Pas encore regroupées</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>Revealed ideas appear here.</source>
        <translation>Les idées dévoilées apparaissent ici.</translation>
    </message>
</context>
<context>
    <name>pamoja::PresenterWindow</name>
    <message>
        <source>Pamoja — Presenter view</source>
        <translation>Pamoja — Vue présentateur</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Vue présentateur</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>pamoja::PromptEdit</name>
    <message>
        <source>Prompt</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>The guiding question for this step. Edit it and press Enter to save.</source>
        <translation>La question directrice de cette étape. Modifiez-la et appuyez sur Entrée pour l’enregistrer.</translation>
    </message>
</context>
<context>
    <name>pamoja::PromptHeader</name>
    <message>
        <source>Active prompt</source>
        <translation>Question active</translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <source>Add a prompt to this step</source>
        <translation>Ajouter une question à cette étape</translation>
    </message>
    <message>
        <source>Edit the prompt</source>
        <translation>Modifier la question</translation>
    </message>
    <message>
        <source>Prompt %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>A further question for this step</source>
        <translation>Une question supplémentaire pour cette étape</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>Ajouter une question</translation>
    </message>
</context>
<context>
    <name>pamoja::QrCodeWidget</name>
    <message>
        <source>QR code to join</source>
        <translation>Code QR pour participer</translation>
    </message>
</context>
<context>
    <name>pamoja::QuickCaptureWindow</name>
    <message>
        <source>&amp;Undo last capture</source>
        <translation>&amp;Annuler la dernière saisie</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Saisie rapide</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <source>Who said it; anonymous stores no name</source>
        <translation>Qui l’a dit ; anonyme n’enregistre aucun nom</translation>
    </message>
    <message>
        <source>One idea, then Enter</source>
        <translation>Une idée, puis Entrée</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Nouvelle idée</translation>
    </message>
    <message>
        <source>Enter saves the idea with the time; the cursor stays here for the next one.</source>
        <translation>Entrée enregistre l’idée avec l’heure ; le curseur reste ici pour la suivante.</translation>
    </message>
    <message>
        <source>Ideas captured in this window, newest first</source>
        <translation>Idées saisies dans cette fenêtre, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>Undo the last capture</source>
        <translation>Annuler la dernière saisie</translation>
    </message>
    <message>
        <source>Removes the newest idea captured here (%1)</source>
        <translation>Supprime la dernière idée saisie ici (%1)</translation>
    </message>
    <message>
        <source>Capture status</source>
        <translation>État de la saisie</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>É&amp;tape :</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Question :</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Intervenant·e :</translation>
    </message>
    <message>
        <source>No workshop is open.</source>
        <translation>Aucun atelier n’est ouvert.</translation>
    </message>
    <message>
        <source>Quick capture: %1</source>
        <translation>Saisie rapide : %1</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>This workshop is open read-only: nothing can be captured.</source>
        <translation>Cet atelier est ouvert en lecture seule : aucune saisie n’est possible.</translation>
    </message>
    <message>
        <source>Capture idea</source>
        <translation>Saisir une idée</translation>
    </message>
    <message numerus="yes">
        <source>Saved at %1. %n idea(s) captured in this window.</source>
        <translation>
            <numerusform>Enregistré à %1. %n idée saisie dans cette fenêtre.</numerusform>
            <numerusform>Enregistré à %1. %n idées saisies dans cette fenêtre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing captured here to undo.</source>
        <translation>Rien de saisi ici à annuler.</translation>
    </message>
    <message>
        <source>Remove captured idea</source>
        <translation>Supprimer l’idée saisie</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>« %1 » supprimée.</translation>
    </message>
</context>
<context>
    <name>pamoja::Record</name>
    <message>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation>Un élément «&#xa0;%1&#xa0;» n’a pas de champ «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Field &quot;%2&quot; of %1 has a wrong type or form.</source>
        <translation>Le champ «&#xa0;%2&#xa0;» d’un élément «&#xa0;%1&#xa0;» a un type ou une forme incorrects.</translation>
    </message>
    <message>
        <source>%1 has an unknown field &quot;%2&quot;.</source>
        <translation>Un élément «&#xa0;%1&#xa0;» contient un champ inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Field &quot;%2&quot; of %1 contains a control character (%3 at position %4); only tabs and line breaks are allowed in text.</source>
        <translation>Le champ « %2 » de %1 contient un caractère de contrôle (%3 en position %4) ; seuls les tabulations et les sauts de ligne sont permis dans le texte.</translation>
    </message>
</context>
<context>
    <name>pamoja::Report</name>
    <message>
        <source>Workshop report</source>
        <translation>Rapport d’atelier</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Report generated by Pamoja on %1</source>
        <translation>Rapport généré par Pamoja le %1</translation>
    </message>
    <message>
        <source>When it took place</source>
        <translation>Dates de l’atelier</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Comment nous nous sommes réunis</translation>
    </message>
    <message>
        <source>Facilitated by</source>
        <translation>Animé par</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Langues de travail</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Qui a participé</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>Personnes présentes</translation>
    </message>
    <message>
        <source>Named with their consent</source>
        <translation>Personnes nommées avec leur accord</translation>
    </message>
    <message>
        <source>nobody asked to be named</source>
        <translation>personne n’a demandé à être nommé</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Hybrid (in person and online)</source>
        <translation>Hybride (en présentiel et en ligne)</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>Asynchrone</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Questions directrices</translation>
    </message>
    <message>
        <source>Clusters of ideas</source>
        <translation>Regroupements d’idées</translation>
    </message>
    <message>
        <source>Ideas outside any cluster</source>
        <translation>Idées hors regroupement</translation>
    </message>
    <message>
        <source>No ideas were recorded in this step.</source>
        <translation>Aucune idée n’a été enregistrée lors de cette étape.</translation>
    </message>
    <message>
        <source>Original words</source>
        <translation>Formulation d’origine</translation>
    </message>
    <message>
        <source>Edited by the facilitator</source>
        <translation>Modifiée par l’animateur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Contributed by</source>
        <translation>Proposée par</translation>
    </message>
    <message>
        <source>Anonymous contribution</source>
        <translation>Contribution anonyme</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Nom non communiqué</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Factors of imbalance</source>
        <translation>Facteurs de déséquilibre</translation>
    </message>
    <message>
        <source>Merged duplicates, in their own words</source>
        <translation>Doublons fusionnés, dans leur formulation d’origine</translation>
    </message>
    <message>
        <source>Ideas hidden by the facilitator and not shown: %1</source>
        <translation>Idées masquées par l’animateur et non reproduites&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ideas came from</source>
        <translation>Origine des idées</translation>
    </message>
    <message>
        <source>Voting results</source>
        <translation>Résultats des votes</translation>
    </message>
    <message>
        <source>Voting round</source>
        <translation>Tour de vote</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>encore ouvert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <source>Weighting of the votes</source>
        <translation>Pondération des votes</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Idea or cluster</source>
        <translation>Idée ou regroupement</translation>
    </message>
    <message>
        <source>Dots as cast</source>
        <translation>Gommettes (brut)</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Score pondéré</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Votants</translation>
    </message>
    <message>
        <source>Constituencies disagree</source>
        <translation>Divergence entre collèges</translation>
    </message>
    <message>
        <source>Items marked with ◆ were ranked very differently by the constituencies; they are kept here instead of being averaged away.</source>
        <translation>Les éléments marqués d’un ◆ ont été classés très différemment par les collèges&#xa0;; ils sont conservés ici au lieu d’être noyés dans une moyenne.</translation>
    </message>
    <message>
        <source>Not broken down, to protect who voted what (fewer than %1 voters): %2</source>
        <translation>Non détaillé, pour préserver le secret des votes (moins de %1 votants)&#xa0;: %2</translation>
    </message>
    <message>
        <source>No votes were cast in this round.</source>
        <translation>Aucun vote n’a été exprimé lors de ce tour.</translation>
    </message>
    <message>
        <source>All constituencies</source>
        <translation>Tous les collèges</translation>
    </message>
    <message>
        <source>System changes</source>
        <translation>Changements systémiques</translation>
    </message>
    <message>
        <source>Who must change</source>
        <translation>Qui doit changer</translation>
    </message>
    <message>
        <source>Policy element</source>
        <translation>Élément de politique</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Situation actuelle</translation>
    </message>
    <message>
        <source>Proposed change</source>
        <translation>Changement proposé</translation>
    </message>
    <message>
        <source>Made possible by the vision</source>
        <translation>Au service de la vision</translation>
    </message>
    <message>
        <source>Brought about by the actions</source>
        <translation>Mis en œuvre par les actions</translation>
    </message>
    <message>
        <source>No system changes were recorded.</source>
        <translation>Aucun changement systémique n’a été enregistré.</translation>
    </message>
    <message>
        <source>From vision to system change to action</source>
        <translation>De la vision au changement systémique, puis à l’action</translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation>Énoncé de vision</translation>
    </message>
    <message>
        <source>System change</source>
        <translation>Changement systémique</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>Planned action</source>
        <translation>Action prévue</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Co-owner</source>
        <translation>Coresponsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Statut actuel</translation>
    </message>
    <message>
        <source>Carried over from</source>
        <translation>Reprise de</translation>
    </message>
    <message>
        <source>No actions were recorded.</source>
        <translation>Aucune action n’a été enregistrée.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Participation balance</source>
        <translation>Équilibre de la participation</translation>
    </message>
    <message>
        <source>Share of people present</source>
        <translation>Part des personnes présentes</translation>
    </message>
    <message>
        <source>Share of ideas</source>
        <translation>Part des idées</translation>
    </message>
    <message>
        <source>Share of votes</source>
        <translation>Part des votes</translation>
    </message>
    <message>
        <source>under-represented</source>
        <translation>sous-représenté</translation>
    </message>
    <message>
        <source>Anonymous ideas without a constituency: %1</source>
        <translation>Idées anonymes sans collège&#xa0;: %1</translation>
    </message>
    <message>
        <source>Each constituency&apos;s share of ideas and votes, against its share of the people present.</source>
        <translation>Part des idées et des votes de chaque collège, comparée à sa part des personnes présentes.</translation>
    </message>
    <message>
        <source>Factor coverage</source>
        <translation>Couverture des facteurs</translation>
    </message>
    <message>
        <source>Factor of imbalance</source>
        <translation>Facteur de déséquilibre</translation>
    </message>
    <message>
        <source>How many ideas, clusters and system changes of each step were tagged with each factor.</source>
        <translation>Nombre d’idées, de regroupements et de changements systémiques de chaque étape étiquetés avec chaque facteur.</translation>
    </message>
    <message>
        <source>Whole workshop</source>
        <translation>Ensemble de l’atelier</translation>
    </message>
    <message>
        <source>Appendix: facilitator interventions</source>
        <translation>Annexe&#xa0;: interventions de l’animateur</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Par qui</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>Dots given</source>
        <translation>Gommettes attribuées</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Actions convenues</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <extracomment>An idea&apos;s language that Pamoja detected from its text (nobody gave it); %1 is the language&apos;s name.</extracomment>
        <translation>%1 (détectée)</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>Traduction automatique</translation>
    </message>
</context>
<context>
    <name>pamoja::ResultsModel</name>
    <message>
        <source>%1 gave it %2% of their dots</source>
        <translation>%1&#xa0;: %2&#xa0;% de ses gommettes</translation>
    </message>
    <message>
        <source>Constituencies rank this item very differently: %1. The gap is kept visible instead of being averaged away.</source>
        <translation>Les collèges classent cet élément très différemment&#xa0;: %1. L’écart reste visible au lieu d’être noyé dans une moyenne.</translation>
    </message>
    <message>
        <source>⚠ Diverges</source>
        <translation>⚠ Divergence</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Dots as cast</source>
        <translation>Gommettes (brut)</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Pondéré</translation>
    </message>
    <message>
        <source>Divergence</source>
        <translation>Divergence</translation>
    </message>
</context>
<context>
    <name>pamoja::RosterCsv</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>constituency</source>
        <translation>collège</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentement</translation>
    </message>
    <message>
        <source>presence</source>
        <translation>présence</translation>
    </message>
    <message>
        <source>The file is larger than 1 MB; a roster is much smaller. Is this the right file?</source>
        <translation>Le fichier dépasse 1 Mo&#xa0;; une liste de participants est bien plus petite. Est-ce le bon fichier&#xa0;?</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file contains binary data; save the roster as CSV (UTF-8).</source>
        <translation>Le fichier contient des données binaires&#xa0;; enregistrez la liste au format CSV (UTF-8).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save the roster as &quot;CSV UTF-8&quot;.</source>
        <translation>Le fichier n’est pas du texte UTF-8&#xa0;; enregistrez la liste au format «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice in the header.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» apparaît deux fois dans l’en-tête.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not known and is ignored.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» est inconnue et sera ignorée.</translation>
    </message>
    <message>
        <source>The first line must name the columns, with at least a &quot;name&quot; column.</source>
        <translation>La première ligne doit nommer les colonnes, dont au moins une colonne «&#xa0;nom&#xa0;».</translation>
    </message>
    <message>
        <source>The file has a header but no participants.</source>
        <translation>Le fichier contient un en-tête mais aucun participant.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) more than the header has.</source>
        <translation>
            <numerusform>%n champ de plus que dans l’en-tête.</numerusform>
            <numerusform>%n champs de plus que dans l’en-tête.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>The %1 contains control characters.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Le nom est manquant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on the roster.</source>
        <translation>«&#xa0;%1&#xa0;» figure déjà dans la liste des participants.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in the file.</source>
        <translation>«&#xa0;%1&#xa0;» apparaît deux fois dans le fichier.</translation>
    </message>
    <message>
        <source>Unknown constituency &quot;%1&quot;; use south, north, donor or other.</source>
        <translation>Collège «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez sud, nord, bailleur ou autre.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use facilitator, participant or observer.</source>
        <translation>Rôle «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez animateur, participant ou observateur.</translation>
    </message>
    <message>
        <source>Consent must be yes or no, not &quot;%1&quot;.</source>
        <translation>Le consentement doit être oui ou non, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Present must be yes or no, not &quot;%1&quot;.</source>
        <translation>La présence doit être oui ou non, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>The roster has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>La liste des participants comporte %n problème&#xa0;; rien n’a été importé.</numerusform>
            <numerusform>La liste des participants comporte %n problèmes&#xa0;; rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pamoja::RosterEdits</name>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>That participant does not exist.</source>
        <translation>Ce participant n’existe pas.</translation>
    </message>
    <message>
        <source>A participant needs a name or an alias.</source>
        <translation>Un participant doit avoir un nom ou un pseudonyme.</translation>
    </message>
    <message>
        <source>A name can be at most 200 characters long.</source>
        <translation>Un nom ne peut pas dépasser 200 caractères.</translation>
    </message>
    <message>
        <source>There is already a participant called &quot;%1&quot;.</source>
        <translation>Il existe déjà un participant nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown constituency &quot;%1&quot;.</source>
        <translation>Collège «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Rôle «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>%1 has contributed ideas, votes or actions; mark them as not present instead.</source>
        <translation>%1 a apporté des idées, des votes ou des actions&#xa0;; indiquez plutôt que cette personne est absente.</translation>
    </message>
</context>
<context>
    <name>pamoja::RosterImportDialog</name>
    <message>
        <source>Import roster: %1</source>
        <translation>Importer la liste de participants&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import a participant roster</source>
        <translation>Importer une liste de participants</translation>
    </message>
    <message>
        <source>Preview of the roster</source>
        <translation>Aperçu de la liste de participants</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the participants</source>
        <translation>Importer les participants</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) read; %1 problem(s) must be fixed in the file first. Nothing will be imported.</source>
        <translation>
            <numerusform>%n participant lu&#xa0;; problèmes à corriger d’abord dans le fichier&#xa0;: %1. Rien ne sera importé.</numerusform>
            <numerusform>%n participants lus&#xa0;; problèmes à corriger d’abord dans le fichier&#xa0;: %1. Rien ne sera importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) ready to import.</source>
        <translation>
            <numerusform>%n participant prêt à être importé.</numerusform>
            <numerusform>%n participants prêts à être importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n participant(s)</source>
        <translation>
            <numerusform>Importer %n participant</numerusform>
            <numerusform>Importer %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::RosterPreviewModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>Peut être nommé</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>pamoja::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies the next time Pamoja starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Pamoja.</translation>
    </message>
</context>
<context>
    <name>pamoja::Step</name>
    <message>
        <source>1 Envision</source>
        <translation>1 Imaginer</translation>
    </message>
    <message>
        <source>2 System change</source>
        <translation>2 Changement systémique</translation>
    </message>
    <message>
        <source>3 Action</source>
        <translation>3 Action</translation>
    </message>
    <message>
        <source>Imagine a balanced power relationship between Northern and Southern CSOs. What does it look like, and how could it come about?</source>
        <translation>Imaginez une relation de pouvoir équilibrée entre OSC du Nord et du Sud. À quoi ressemble-t-elle, et comment pourrait-elle voir le jour&#xa0;?</translation>
    </message>
    <message>
        <source>What has to change in the system (donor frameworks, selection processes, funding modalities, accountability and risk rules, ...) for that picture to become real?</source>
        <translation>Qu’est-ce qui doit changer dans le système (cadres des bailleurs, processus de sélection, modalités de financement, règles de redevabilité et de gestion des risques, ...) pour que cette vision devienne réalité&#xa0;?</translation>
    </message>
    <message>
        <source>What will we do to bring that change about?</source>
        <translation>Qu’allons-nous faire pour que ce changement advienne&#xa0;?</translation>
    </message>
</context>
<context>
    <name>pamoja::SuggestGroupsDialog</name>
    <message>
        <source>Suggest Groups</source>
        <translation>Suggérer des groupes</translation>
    </message>
    <message>
        <source>Suggested groups</source>
        <translation>Groupes suggérés</translation>
    </message>
    <message>
        <source>Looking for groups across languages…</source>
        <translation>Recherche de groupes, toutes langues confondues…</translation>
    </message>
    <message>
        <source>Computing suggestions</source>
        <translation>Calcul des suggestions</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the suggestions</source>
        <translation>Annuler les suggestions</translation>
    </message>
    <message>
        <source>Proposed groups</source>
        <translation>Groupes proposés</translation>
    </message>
    <message>
        <source>Group and ideas</source>
        <translation>Groupe et idées</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Accept the selected group</source>
        <translation>Accepter le groupe sélectionné</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Reject the selected group</source>
        <translation>Rejeter le groupe sélectionné</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>&amp;Tout accepter</translation>
    </message>
    <message>
        <source>Accept all groups</source>
        <translation>Accepter tous les groupes</translation>
    </message>
    <message>
        <source>Near-duplicates</source>
        <translation>Quasi-doublons</translation>
    </message>
    <message>
        <source>Near-duplicate ideas</source>
        <translation>Idées en quasi-doublon</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Merge the selected duplicate into its idea</source>
        <translation>Fusionner le doublon sélectionné dans son idée</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) proposed. Ideas that fit no group stay out of every group: %1.</source>
        <translation>
            <numerusform>%n groupe proposé. Les idées qui n’entrent dans aucun groupe restent hors de tout groupe&#xa0;: %1.</numerusform>
            <numerusform>%n groupes proposés. Les idées qui n’entrent dans aucun groupe restent hors de tout groupe&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Accept suggested group &quot;%1&quot;</source>
        <translation>Accepter le groupe suggéré «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested group(s)</source>
        <translation>
            <numerusform>Accepter %n groupe suggéré</numerusform>
            <numerusform>Accepter %n groupes suggérés</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge duplicate idea</source>
        <translation>Fusionner une idée en double</translation>
    </message>
</context>
<context>
    <name>pamoja::SuggestionsPanel</name>
    <message>
        <source>Suggested tags</source>
        <translation>Étiquettes suggérées</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Suggested tag</source>
        <translation>Étiquette suggérée</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Acce&amp;pt</source>
        <translation>Acce&amp;pter</translation>
    </message>
    <message>
        <source>Tag the idea with the suggested theme or factor</source>
        <translation>Étiqueter l’idée avec le thème ou le facteur suggéré</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <source>Do not suggest this tag for this idea again</source>
        <translation>Ne plus suggérer cette étiquette pour cette idée</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>&amp;Tout accepter</translation>
    </message>
    <message>
        <source>Accept every suggestion shown, in one step</source>
        <translation>Accepter toutes les suggestions affichées, en une seule fois</translation>
    </message>
    <message numerus="yes">
        <source>Finding suggestions for %n idea(s)…</source>
        <translation>
            <numerusform>Recherche de suggestions pour %n idée…</numerusform>
            <numerusform>Recherche de suggestions pour %n idées…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select ideas to see suggested themes and factors.</source>
        <translation>Sélectionnez des idées pour voir les thèmes et facteurs suggérés.</translation>
    </message>
    <message>
        <source>No suggestions for the selected ideas.</source>
        <translation>Aucune suggestion pour les idées sélectionnées.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s).</source>
        <translation>
            <numerusform>%n suggestion.</numerusform>
            <numerusform>%n suggestions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept suggested tag %1</source>
        <translation>Accepter l’étiquette suggérée %1</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested tag(s)</source>
        <translation>
            <numerusform>Accepter %n étiquette suggérée</numerusform>
            <numerusform>Accepter %n étiquettes suggérées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::SystemChangeModel</name>
    <message>
        <source>Edit system change</source>
        <translation>Modifier le changement systémique</translation>
    </message>
    <message>
        <source>System change</source>
        <translation>Changement systémique</translation>
    </message>
    <message>
        <source>Target actor</source>
        <translation>Acteur visé</translation>
    </message>
    <message>
        <source>Policy element</source>
        <translation>Élément de politique</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Situation actuelle</translation>
    </message>
    <message>
        <source>Proposed change</source>
        <translation>Changement proposé</translation>
    </message>
    <message>
        <source>Serves visions</source>
        <translation>Visions servies</translation>
    </message>
    <message>
        <source>Counters factors</source>
        <translation>Facteurs contrés</translation>
    </message>
</context>
<context>
    <name>pamoja::TagModel</name>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <source>Tag with %1</source>
        <translation>Étiqueter avec %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Retirer l’étiquette %1</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>pamoja::TagsPanel</name>
    <message>
        <source>Themes and factors</source>
        <translation>Thèmes et facteurs</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Apply the tag to the selected ideas or clusters</source>
        <translation>Appliquer l’étiquette aux idées ou regroupements sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the tag from the selected ideas or clusters</source>
        <translation>Retirer l’étiquette des idées ou regroupements sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Filter board</source>
        <translation>&amp;Filtrer le tableau</translation>
    </message>
    <message>
        <source>Show only ideas carrying this tag</source>
        <translation>N’afficher que les idées portant cette étiquette</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Clear the tag filter</source>
        <translation>Effacer le filtre d’étiquette</translation>
    </message>
    <message>
        <source>&amp;Catalogue…</source>
        <translation>&amp;Catalogue…</translation>
    </message>
    <message>
        <source>Edit themes, factors and measures</source>
        <translation>Modifier les thèmes, facteurs et mesures</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) selected.</source>
        <translation>
            <numerusform>%n élément sélectionné.</numerusform>
            <numerusform>%n éléments sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select ideas or clusters on the board to tag them.</source>
        <translation>Sélectionnez des idées ou des regroupements sur le tableau pour les étiqueter.</translation>
    </message>
    <message>
        <source>The board shows only &quot;%1&quot;.</source>
        <translation>Le tableau n’affiche que «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Tag with %1</source>
        <translation>Étiqueter avec %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Retirer l’étiquette %1</translation>
    </message>
</context>
<context>
    <name>pamoja::TextDecode</name>
    <message>
        <source>Line %1, column %2: the file contains a control character (U+%3); is it a text file?</source>
        <translation>Ligne %1, colonne %2&#xa0;: le fichier contient un caractère de contrôle (U+%3)&#xa0;; s’agit-il bien d’un fichier texte&#xa0;?</translation>
    </message>
    <message>
        <source>The file looks like UTF-16 but ends in the middle of a character; it may be truncated.</source>
        <translation>Le fichier semble être en UTF-16 mais se termine au milieu d’un caractère&#xa0;; il est peut-être tronqué.</translation>
    </message>
    <message>
        <source>Line %1: the file is not valid %2 text.</source>
        <translation>Ligne %1&#xa0;: le fichier n’est pas du texte %2 valide.</translation>
    </message>
    <message>
        <source>Line %1: the file says it is UTF-8 but is not valid UTF-8 there.</source>
        <translation>Ligne %1&#xa0;: le fichier se déclare en UTF-8 mais n’est pas de l’UTF-8 valide à cet endroit.</translation>
    </message>
    <message>
        <source>Line %1: the file contains binary data; save it as text (UTF-8) or CSV.</source>
        <translation>Ligne %1&#xa0;: le fichier contient des données binaires&#xa0;; enregistrez-le au format texte (UTF-8) ou CSV.</translation>
    </message>
    <message>
        <source>Line %1: the file is UTF-8 but is damaged there (an invalid byte sequence).</source>
        <translation>Ligne %1&#xa0;: le fichier est en UTF-8 mais est endommagé à cet endroit (séquence d’octets non valide).</translation>
    </message>
    <message>
        <source>Line %1: the file is neither UTF-8 nor Windows-1252 text; save it as UTF-8.</source>
        <translation>Ligne %1&#xa0;: le fichier n’est ni du texte UTF-8 ni du texte Windows-1252&#xa0;; enregistrez-le en UTF-8.</translation>
    </message>
</context>
<context>
    <name>pamoja::TimerWidget</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Timer length</source>
        <translation>Durée du minuteur</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Démarrer ou mettre en pause le minuteur</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Réinitialiser le minuteur</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Mettre le minuteur en pause</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Démarrer le minuteur</translation>
    </message>
</context>
<context>
    <name>pamoja::TranslateDialog</name>
    <message>
        <source>Translate Ideas</source>
        <translation>Traduire les idées</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>Traduire en</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Which ideas</source>
        <translation>Quelles idées</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>What will be translated</source>
        <translation>Ce qui sera traduit</translation>
    </message>
    <message>
        <source>Translation progress</source>
        <translation>Progression de la traduction</translation>
    </message>
    <message>
        <source>Apertium translates on this computer, without a network. The translation is shown beside each idea, marked as machine translation; the idea&apos;s own words never change. Correct a translation with Edit &gt; Edit Translation.</source>
        <translation>Apertium traduit sur cet ordinateur, sans réseau. La traduction s’affiche à côté de chaque idée, signalée comme traduction automatique ; les mots de l’idée elle-même ne changent jamais. Corrigez une traduction avec Édition &gt; Modifier la traduction.</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>&amp;Traduire</translation>
    </message>
    <message>
        <source>Translate &amp;into:</source>
        <translation>Traduire &amp;en :</translation>
    </message>
    <message>
        <source>&amp;Ideas of:</source>
        <translation>&amp;Idées de :</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) to translate into %1.</source>
        <translation>
            <numerusform>%n idée à traduire en %1.</numerusform>
            <numerusform>%n idées à traduire en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) whose language is unknown are not translated (Edit &gt; Detect Languages may find it).</source>
        <translation>
            <numerusform>%n idée dont la langue est inconnue n’est pas traduite (Édition &gt; Détecter les langues peut la trouver).</numerusform>
            <numerusform>%n idées dont la langue est inconnue ne sont pas traduites (Édition &gt; Détecter les langues peut la trouver).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) already in %1.</source>
        <translation>
            <numerusform>%n idée déjà en %1.</numerusform>
            <numerusform>%n idées déjà en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n translation(s) made or corrected by a person are kept.</source>
        <translation>
            <numerusform>%n traduction faite ou corrigée par une personne est conservée.</numerusform>
            <numerusform>%n traductions faites ou corrigées par une personne sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workshop has no languages to translate into (Session &gt; Workshop Settings).</source>
        <translation>L’atelier n’a aucune langue vers laquelle traduire (Séance &gt; Paramètres de l’atelier).</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Translating %n idea(s)…</source>
        <translation>
            <numerusform>Traduction de %n idée…</numerusform>
            <numerusform>Traduction de %n idées…</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelled: no translation was stored.</source>
        <translation>Annulé : aucune traduction n’a été enregistrée.</translation>
    </message>
    <message>
        <source>No translation was stored.</source>
        <translation>Aucune traduction n’a été enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>Translate %n idea(s) into %1</source>
        <translation>
            <numerusform>Traduire %n idée en %1</numerusform>
            <numerusform>Traduire %n idées en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Translated %n idea(s) into %1 (machine translation). View &gt; Show Translations shows them.</source>
        <translation>
            <numerusform>%n idée traduite en %1 (traduction automatique). Affichage &gt; Afficher les traductions permet de la voir.</numerusform>
            <numerusform>%n idées traduites en %1 (traduction automatique). Affichage &gt; Afficher les traductions permet de les voir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::Translation</name>
    <message>
        <source>Apertium is not installed, so ideas cannot be translated. Install the package &quot;apertium&quot; and its language pairs (for example apertium-eng-spa, apertium-fr-es, apertium-es-pt).</source>
        <translation>Apertium n’est pas installé : les idées ne peuvent donc pas être traduites. Installez le paquet «&#xa0;apertium&#xa0;» et ses paires de langues (par exemple apertium-eng-spa, apertium-fr-es, apertium-es-pt).</translation>
    </message>
    <message>
        <source>No translation from %1 to %2 is installed: Apertium has no %1-%2 language pair, nor pairs through Spanish. The ideas in %1 keep no translation.</source>
        <translation>Aucune traduction de %1 vers %2 n’est installée : Apertium n’a pas de paire de langues %1-%2, ni de paires passant par l’espagnol. Les idées en %1 restent sans traduction.</translation>
    </message>
    <message>
        <source>Apertium could not be started (%1).</source>
        <translation>Apertium n’a pas pu être démarré (%1).</translation>
    </message>
    <message>
        <source>Apertium failed translating with %1 (exit code %2): %3</source>
        <translation>Apertium a échoué en traduisant avec %1 (code de sortie %2) : %3</translation>
    </message>
    <message>
        <source>Apertium&apos;s output with %1 did not keep the ideas apart; nothing of that part was stored.</source>
        <translation>La sortie d’Apertium avec %1 n’a pas gardé les idées séparées ; rien de cette partie n’a été enregistré.</translation>
    </message>
    <message>
        <source>MT</source>
        <comment>short mark: machine translation</comment>
        <translation>TA</translation>
    </message>
    <message>
        <source>Tr.</source>
        <comment>short mark: a person&apos;s translation</comment>
        <translation>Trad.</translation>
    </message>
    <message>
        <source>Machine translation (%1): %2</source>
        <translation>Traduction automatique (%1) : %2</translation>
    </message>
    <message>
        <source>Translation, by a person (%1): %2</source>
        <translation>Traduction, par une personne (%1) : %2</translation>
    </message>
</context>
<context>
    <name>pamoja::TranslationEditDialog</name>
    <message>
        <source>Edit Translation</source>
        <translation>Modifier la traduction</translation>
    </message>
    <message>
        <source>The idea&apos;s words</source>
        <translation>Les mots de l’idée</translation>
    </message>
    <message>
        <source>Now: machine translation. Saving marks it as corrected by a person.</source>
        <translation>Actuellement : traduction automatique. L’enregistrer la signale comme corrigée par une personne.</translation>
    </message>
    <message>
        <source>Now: a person&apos;s translation.</source>
        <translation>Actuellement : traduction faite par une personne.</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Language of the translation</source>
        <translation>Langue de la traduction</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Idea:</source>
        <translation>Idée :</translation>
    </message>
    <message>
        <source>&amp;Translation:</source>
        <translation>&amp;Traduction :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Remove translation</source>
        <translation>Supprimer la traduction</translation>
    </message>
    <message>
        <source>Correct translation</source>
        <translation>Corriger la traduction</translation>
    </message>
</context>
<context>
    <name>pamoja::Validation</name>
    <message>
        <source>Field &quot;%2&quot; of %1 cannot be &quot;%3&quot;; use one of: %4.</source>
        <translation>Le champ «&#xa0;%2&#xa0;» d’un élément «&#xa0;%1&#xa0;» ne peut pas valoir «&#xa0;%3&#xa0;»&#xa0;; utilisez l’une des valeurs suivantes&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Field &quot;%2&quot; of %1 must be between %3 and %4.</source>
        <translation>Le champ «&#xa0;%2&#xa0;» d’un élément «&#xa0;%1&#xa0;» doit être compris entre %3 et %4.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; is merged into itself.</source>
        <translation>L’idée « %1 » est fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; is merged into an idea that does not exist.</source>
        <translation>L’idée « %1 » est fusionnée avec une idée qui n’existe pas.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; is merged into an idea of another step.</source>
        <translation>L’idée « %1 » est fusionnée avec une idée d’une autre étape.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; is merged into &quot;%2&quot;, which is itself merged into another idea (a chain or a cycle of merges).</source>
        <translation>L’idée « %1 » est fusionnée avec « %2 », elle-même fusionnée avec une autre idée (une chaîne ou un cycle de fusions).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; refers to %3, which is not in the workshop%4.</source>
        <translation>%1 : « %2 » renvoie à %3, qui n’est pas dans l’atelier%4.</translation>
    </message>
    <message>
        <source> as a %1</source>
        <translation> en tant que %1</translation>
    </message>
    <message>
        <source>The file holds %1 workshops instead of one.</source>
        <translation>Le fichier contient %1 ateliers au lieu d’un seul.</translation>
    </message>
    <message>
        <source>vote %1: %2 dots on one item in the round &quot;%3&quot;, which allows at most %4.</source>
        <translation>vote %1 : %2 gommettes sur un seul élément dans le tour « %3 », qui en permet au plus %4.</translation>
    </message>
    <message>
        <source>%1 gave %2 dots in the round &quot;%3&quot;, which allows %4 per participant.</source>
        <translation>%1 a donné %2 gommettes dans le tour « %3 », qui en permet %4 par participant.</translation>
    </message>
</context>
<context>
    <name>pamoja::Voting</name>
    <message>
        <source>One person, one vote</source>
        <translation>Une personne, une voix</translation>
    </message>
    <message>
        <source>One organisation, one vote</source>
        <translation>Une organisation, une voix</translation>
    </message>
    <message>
        <source>Equal weight per constituency</source>
        <translation>Poids égal pour chaque collège</translation>
    </message>
</context>
<context>
    <name>pamoja::VotingPanel</name>
    <message>
        <source>Title of the new round</source>
        <translation>Titre du nouveau tour</translation>
    </message>
    <message>
        <source>e.g. Most important visions</source>
        <translation>p. ex. Visions les plus importantes</translation>
    </message>
    <message>
        <source>Dots per participant</source>
        <translation>Gommettes par participant</translation>
    </message>
    <message>
        <source>Most dots one person can give one item</source>
        <translation>Nombre maximal de gommettes qu’une personne peut donner à un élément</translation>
    </message>
    <message>
        <source>What participants vote on</source>
        <translation>Ce sur quoi les participants votent</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Regroupements</translation>
    </message>
    <message>
        <source>&amp;Open round</source>
        <translation>&amp;Ouvrir le tour</translation>
    </message>
    <message>
        <source>Open a new voting round</source>
        <translation>Ouvrir un nouveau tour de vote</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nouveau tour</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dots per person:</source>
        <translation>&amp;Gommettes par personne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Max per item:</source>
        <translation>&amp;Max. par élément&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Vote on:</source>
        <translation>Objet du &amp;vote&#xa0;:</translation>
    </message>
    <message>
        <source>Voting round</source>
        <translation>Tour de vote</translation>
    </message>
    <message>
        <source>&amp;Close round</source>
        <translation>&amp;Clore le tour</translation>
    </message>
    <message>
        <source>Close or reopen the round</source>
        <translation>Clore ou rouvrir le tour</translation>
    </message>
    <message>
        <source>Reset &amp;votes…</source>
        <translation>&amp;Réinitialiser les votes…</translation>
    </message>
    <message>
        <source>Remove every vote of the round</source>
        <translation>Supprimer tous les votes du tour</translation>
    </message>
    <message>
        <source>Participant whose dots are recorded</source>
        <translation>Participant dont les gommettes sont enregistrées</translation>
    </message>
    <message>
        <source>Items to vote on; click to add a dot</source>
        <translation>Éléments soumis au vote&#xa0;; cliquez pour ajouter une gommette</translation>
    </message>
    <message>
        <source>&amp;+ Dot</source>
        <translation>&amp;+ Gommette</translation>
    </message>
    <message>
        <source>Add a dot to the current item</source>
        <translation>Ajouter une gommette à l’élément sélectionné</translation>
    </message>
    <message>
        <source>&amp;− Dot</source>
        <translation>&amp;− Gommette</translation>
    </message>
    <message>
        <source>Remove a dot from the current item</source>
        <translation>Retirer une gommette de l’élément sélectionné</translation>
    </message>
    <message>
        <source>Dots left</source>
        <translation>Gommettes restantes</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>&amp;Participant&#xa0;:</translation>
    </message>
    <message>
        <source>Weighting of the results</source>
        <translation>Pondération des résultats</translation>
    </message>
    <message>
        <source>Results of the round</source>
        <translation>Résultats du tour</translation>
    </message>
    <message>
        <source>How to read the results</source>
        <translation>Comment lire les résultats</translation>
    </message>
    <message>
        <source>&amp;Weighting:</source>
        <translation>Po&amp;ndération&#xa0;:</translation>
    </message>
    <message>
        <source>Weighting: %1</source>
        <translation>Pondération&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (clos)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Re&amp;open round</source>
        <translation>Ro&amp;uvrir le tour</translation>
    </message>
    <message>
        <source>%1 of %2 dots left for %3.</source>
        <translation>Gommettes restantes pour %3&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>Add participants to record their dots.</source>
        <translation>Ajoutez des participants pour enregistrer leurs gommettes.</translation>
    </message>
    <message>
        <source>Open a round to start voting.</source>
        <translation>Ouvrez un tour pour commencer le vote.</translation>
    </message>
    <message>
        <source>Raw: dots as cast. Weighted: %1, scaled so the totals stay comparable.</source>
        <translation>Brut&#xa0;: gommettes telles qu’attribuées. Pondéré&#xa0;: %1, mis à l’échelle pour que les totaux restent comparables.</translation>
    </message>
    <message>
        <source>Constituencies with fewer than %1 voters are not shown separately, to protect who voted what.</source>
        <translation>Les collèges de moins de %1 votants ne sont pas présentés séparément, afin de préserver le secret des votes.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n item(s) diverge: constituencies gave them shares of their dots that differ by %1 points or more. Hover for details.</source>
        <translation>
            <numerusform>⚠ %n élément diverge&#xa0;: les collèges lui ont attribué des parts de leurs gommettes qui diffèrent d’au moins %1 points. Survolez-le pour plus de détails.</numerusform>
            <numerusform>⚠ %n éléments divergent&#xa0;: les collèges leur ont attribué des parts de leurs gommettes qui diffèrent d’au moins %1 points. Survolez-les pour plus de détails.</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Tour %1</translation>
    </message>
    <message>
        <source>Open voting round &quot;%1&quot;</source>
        <translation>Ouvrir le tour de vote «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reopen voting round &quot;%1&quot;</source>
        <translation>Rouvrir le tour de vote «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Close voting round &quot;%1&quot;</source>
        <translation>Clore le tour de vote «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reset votes</source>
        <translation>Réinitialiser les votes</translation>
    </message>
    <message>
        <source>Remove every vote of &quot;%1&quot;? The reset is logged and can be undone.</source>
        <translation>Supprimer tous les votes de «&#xa0;%1&#xa0;»&#xa0;? La réinitialisation est consignée dans l’historique et peut être annulée.</translation>
    </message>
    <message>
        <source>Reset votes of &quot;%1&quot;</source>
        <translation>Réinitialiser les votes de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Dot from %1</source>
        <translation>Gommette de %1</translation>
    </message>
    <message>
        <source>Dot removed for %1</source>
        <translation>Gommette retirée pour %1</translation>
    </message>
</context>
<context>
    <name>pamoja::WorkshopData</name>
    <message>
        <source>A change names no %1.</source>
        <translation>Une modification ne désigne aucun élément «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>That %1 already exists.</source>
        <translation>Cet élément «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>That %1 no longer exists.</source>
        <translation>Cet élément «&#xa0;%1&#xa0;» n’existe plus.</translation>
    </message>
    <message>
        <source>That %1 was changed in the meantime.</source>
        <translation>Cet élément «&#xa0;%1&#xa0;» a été modifié entre-temps.</translation>
    </message>
    <message>
        <source>The new %1 reuses the id of an existing %2.</source>
        <translation>Le nouvel élément (%1) reprend l&apos;identifiant d&apos;un élément existant (%2).</translation>
    </message>
</context>
<context>
    <name>pamoja::WorkshopLocation</name>
    <message>
        <source>The %1 has a broken percent escape (a %% must be followed by two hexadecimal digits).</source>
        <translation>%1 contient un encodage-pourcent incorrect (un %% doit être suivi de deux chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>The %1 is not valid UTF-8 once decoded.</source>
        <translation>%1 n’est pas de l’UTF-8 valide après décodage.</translation>
    </message>
    <message>
        <source>The %1 contains a control character.</source>
        <translation>%1 contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>A postgresql:// location cannot have a # part.</source>
        <translation>Un emplacement postgresql:// ne peut pas contenir de partie #.</translation>
    </message>
    <message>
        <source>A postgresql:// location needs a database name after the host, as in postgresql://host/dbname.</source>
        <translation>Un emplacement postgresql:// doit indiquer un nom de base de données après l’hôte, comme dans postgresql://host/dbname.</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>Le nom de la base de données</translation>
    </message>
    <message>
        <source>The database name cannot contain a slash.</source>
        <translation>Le nom de la base de données ne peut pas contenir de barre oblique (/).</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Le nom d’utilisateur</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Le mot de passe</translation>
    </message>
    <message>
        <source>The user name before @ is empty.</source>
        <translation>Le nom d’utilisateur avant @ est vide.</translation>
    </message>
    <message>
        <source>Pamoja connects to one database server: give one host, not a list.</source>
        <translation>Pamoja se connecte à un seul serveur de base de données : indiquez un seul hôte, pas une liste.</translation>
    </message>
    <message>
        <source>The IPv6 address is missing its closing ].</source>
        <translation>Il manque le ] fermant de l’adresse IPv6.</translation>
    </message>
    <message>
        <source>Only a :port may follow the IPv6 address.</source>
        <translation>Seul un :port peut suivre l’adresse IPv6.</translation>
    </message>
    <message>
        <source>The IPv6 address is not valid.</source>
        <translation>L’adresse IPv6 n’est pas valide.</translation>
    </message>
    <message>
        <source>The port after : is empty.</source>
        <translation>Le port après : est vide.</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>Le nom d’hôte</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; is not valid.</source>
        <translation>Le nom d’hôte « %1 » n’est pas valide.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Le port doit être un nombre compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Each parameter after ? must be name=value.</source>
        <translation>Chaque paramètre après ? doit être de la forme name=value.</translation>
    </message>
    <message>
        <source>parameter name</source>
        <translation>Le nom du paramètre</translation>
    </message>
    <message>
        <source>value of %1</source>
        <translation>La valeur de %1</translation>
    </message>
    <message>
        <source>The parameter %1 is given twice.</source>
        <translation>Le paramètre %1 est indiqué deux fois.</translation>
    </message>
    <message>
        <source>The workshop parameter must be a workshop&apos;s id, as `pamoja repo list` shows it.</source>
        <translation>Le paramètre workshop doit être l’identifiant d’un atelier, tel que l’affiche `pamoja repo list`.</translation>
    </message>
    <message>
        <source>The value of %1 is not valid (file names here cannot contain spaces or quotes).</source>
        <translation>La valeur de %1 n’est pas valide (ici, les noms de fichier ne peuvent contenir ni espaces ni guillemets).</translation>
    </message>
    <message>
        <source>No workshop given: name a file or a postgresql:// location.</source>
        <translation>Aucun atelier indiqué : indiquez un fichier ou un emplacement postgresql://.</translation>
    </message>
    <message>
        <source>The location is longer than %1 characters.</source>
        <translation>L’emplacement dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>Pamoja opens workshop files and postgresql:// locations; &quot;%1://&quot; is neither.</source>
        <translation>Pamoja ouvre les fichiers d’atelier et les emplacements postgresql:// ; « %1:// » n’est ni l’un ni l’autre.</translation>
    </message>
    <message>
        <source>Pamoja does not know the parameter %1; it passes on sslmode, connect_timeout, application_name, sslrootcert, sslcert, sslkey, sslcrl, passfile, target_session_attrs, keepalives_idle, keepalives_interval, keepalives_count and tcp_user_timeout.</source>
        <translation>Pamoja ne connaît pas le paramètre %1 ; il transmet sslmode, connect_timeout, application_name, sslrootcert, sslcert, sslkey, sslcrl, passfile, target_session_attrs, keepalives_idle, keepalives_interval, keepalives_count et tcp_user_timeout.</translation>
    </message>
</context>
<context>
    <name>pamoja::WorkshopSettingsDialog</name>
    <message>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <source>Workshop Settings</source>
        <translation>Paramètres de l’atelier</translation>
    </message>
    <message>
        <source>Workshop title</source>
        <translation>Titre de l’atelier</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Contexte&#xa0;:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>A&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>Asynchrone</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>e.g. en,fr,es</source>
        <translation>p. ex. en,fr,es</translation>
    </message>
    <message>
        <source>Language codes separated by commas; the first is the main language.</source>
        <translation>Codes de langue séparés par des virgules&#xa0;; le premier est la langue principale.</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues&#xa0;:</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>F&amp;acilitators:</source>
        <translation>A&amp;nimateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation>Anonymat</translation>
    </message>
    <message>
        <source>Participants choose per contribution</source>
        <translation>Les participants choisissent pour chaque contribution</translation>
    </message>
    <message>
        <source>Every contribution is named</source>
        <translation>Toutes les contributions sont nominatives</translation>
    </message>
    <message>
        <source>Every contribution is anonymous</source>
        <translation>Toutes les contributions sont anonymes</translation>
    </message>
    <message>
        <source>A&amp;nonymity:</source>
        <translation>Anon&amp;ymat&#xa0;:</translation>
    </message>
    <message>
        <source>Default vote weighting</source>
        <translation>Pondération des votes par défaut</translation>
    </message>
    <message>
        <source>&amp;Vote weighting:</source>
        <translation>&amp;Pondération des votes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Private writing: new ideas stay hidden until revealed</source>
        <translation>Écriture en p&amp;rivé&#xa0;: les nouvelles idées restent masquées jusqu’à leur dévoilement</translation>
    </message>
    <message>
        <source>Private writing</source>
        <translation>Écriture en privé</translation>
    </message>
    <message>
        <source>Open or create a workshop first.</source>
        <translation>Ouvrez ou créez d’abord un atelier.</translation>
    </message>
    <message>
        <source>A workshop needs a title.</source>
        <translation>Un atelier doit avoir un titre.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>Le dernier jour précède le premier jour.</translation>
    </message>
    <message>
        <source>Change anonymity from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Faire passer l’anonymat de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Change workshop settings</source>
        <translation>Modifier les paramètres de l’atelier</translation>
    </message>
</context>
<context>
    <name>pamoja::WorkshopStore</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder does not exist or is not writable.</source>
        <translation>Impossible de créer %1&#xa0;: le dossier n’existe pas ou n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>%1 is being created by another program.</source>
        <translation>%1 est en cours de création par un autre programme.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 n’est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>%1 is not a Pamoja workshop file.</source>
        <translation>%1 n’est pas un fichier d’atelier Pamoja.</translation>
    </message>
    <message>
        <source>%1 cannot be written here; open it read-only.</source>
        <translation>%1 ne peut pas être modifié ici&#xa0;; ouvrez-le en lecture seule.</translation>
    </message>
    <message>
        <source>%1 is open in another Pamoja (process %2 on %3); close it there first. Nothing was changed.</source>
        <translation>%1 est ouvert dans une autre instance de Pamoja (processus %2 sur %3)&#xa0;; fermez-le d’abord dans celle-ci. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Pamoja workshop file.</source>
        <translation>%1 est endommagé ou n’est pas un fichier d’atelier Pamoja.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Pamoja workshop file.</source>
        <translation>%1 est une base de données SQLite, mais pas un fichier d’atelier Pamoja.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Pamoja (file version %2; this one reads up to %3). Update Pamoja to open it; the file was not changed.</source>
        <translation>%1 a été écrit par une version plus récente de Pamoja (version de fichier %2&#xa0;; cette version-ci lit jusqu’à la version %3). Mettez Pamoja à jour pour l’ouvrir&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is damaged (the database check failed). Use a backup copy; the file was not changed.</source>
        <translation>%1 est endommagé (la vérification de la base de données a échoué). Utilisez une copie de sauvegarde&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by an older Pamoja and must be upgraded; open it for writing.</source>
        <translation>%1 a été écrit par une version plus ancienne de Pamoja et doit être mis à niveau&#xa0;; ouvrez-le en écriture.</translation>
    </message>
    <message>
        <source>Could not prepare %1: %2</source>
        <translation>Impossible de préparer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it: %2</source>
        <translation>Impossible de sauvegarder %1 avant sa mise à niveau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not upgrade %1: %2. The file was left as it was; a backup is at %3.</source>
        <translation>Impossible de mettre à niveau %1&#xa0;: %2. Le fichier est resté inchangé&#xa0;; une sauvegarde se trouve ici&#xa0;: %3.</translation>
    </message>
    <message>
        <source>This workshop is open read-only; the change was not made.</source>
        <translation>Cet atelier est ouvert en lecture seule&#xa0;; la modification n’a pas été effectuée.</translation>
    </message>
    <message>
        <source>Could not start saving: %1</source>
        <translation>Impossible de commencer l’enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The change could not be saved and was not made: %1</source>
        <translation>La modification n’a pas pu être enregistrée et n’a pas été effectuée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose a different file name for the copy.</source>
        <translation>Choisissez un autre nom de fichier pour la copie.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Table %1 refers to a missing row in %2.</source>
        <translation>La table %1 fait référence à une ligne absente de %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: some of its tables are missing. Use a backup copy; the file was not changed.</source>
        <translation>%1 est endommagé&#xa0;: certaines de ses tables sont absentes. Utilisez une copie de sauvegarde&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Could not read the %1 table of %2: %3</source>
        <translation>Impossible de lire la table %1 de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved and was not made. Free some space, then try again.</source>
        <translation>Le disque est plein&#xa0;: la modification n’a été ni enregistrée ni effectuée. Libérez de l’espace, puis réessayez.</translation>
    </message>
    <message>
        <source>The workshop file could not be written (%1): the change was not made. Check that the disk or stick is still there and writable, then try again.</source>
        <translation>Le fichier d’atelier n’a pas pu être écrit (%1)&#xa0;: la modification n’a pas été effectuée. Vérifiez que le disque ou la clé est toujours branché et accessible en écriture, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2). Check that the file and its folder can be read and written; the file was not changed.</source>
        <translation>%1 n’a pas pu être ouvert (%2). Vérifiez que le fichier et son dossier sont accessibles en lecture et en écriture&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was deleted, moved or replaced by another program while it was open; the change was not made. Use Save a Copy to keep this workshop as it is.</source>
        <translation>%1 a été supprimé, déplacé ou remplacé par un autre programme pendant qu’il était ouvert&#xa0;; la modification n’a pas été effectuée. Utilisez Enregistrer une copie pour conserver cet atelier en l’état.</translation>
    </message>
    <message>
        <source>Could not prepare %1 for safe reading: %2</source>
        <translation>Impossible de préparer %1 pour une lecture sûre : %2</translation>
    </message>
    <message>
        <source>memory mapping stayed on</source>
        <translation>le mappage en mémoire est resté actif</translation>
    </message>
    <message>
        <source>The change was not saved: a %1 has no field &quot;%2&quot;.</source>
        <translation>La modification n’a pas été enregistrée : un(e) %1 n’a pas de champ « %2 ».</translation>
    </message>
    <message>
        <source>The change was not saved: a change to a %1 names no fields.</source>
        <translation>La modification n’a pas été enregistrée : une modification de %1 ne nomme aucun champ.</translation>
    </message>
    <message>
        <source>Could not read the history of %1: %2</source>
        <translation>Impossible de lire l’historique de %1 : %2</translation>
    </message>
    <message>
        <source>entry %1 is damaged (%2)</source>
        <translation>l’entrée %1 est endommagée (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: its file version (%2) is not one Pamoja ever wrote. Use a backup copy; the file was not changed.</source>
        <translation>%1 est endommagé : sa version de fichier (%2) n’est pas une version que Pamoja ait jamais écrite. Utilisez une copie de sauvegarde ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The schema statement uses %1, which has no PostgreSQL form yet.</source>
        <translation>L’instruction de schéma utilise %1, qui n’a pas encore d’équivalent PostgreSQL.</translation>
    </message>
    <message>
        <source>The change was not made: someone else changed or removed this %1 in the meantime. Reopen the workshop to see their change, then try again.</source>
        <translation>La modification n’a pas été faite : quelqu’un d’autre a modifié ou supprimé cet élément (%1) entre-temps. Rouvrez l’atelier pour voir cette modification, puis réessayez.</translation>
    </message>
    <message>
        <source>The change could not be saved: the %1 in the file is not the one it was made from.</source>
        <translation>La modification n’a pas pu être enregistrée : l’élément (%1) dans le fichier n’est plus celui à partir duquel elle a été faite.</translation>
    </message>
    <message>
        <source>Pamoja cannot reach PostgreSQL here: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>Pamoja ne peut pas accéder à PostgreSQL ici : le pilote PostgreSQL de Qt est absent (paquet Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>Could not create the workshop in %1: %2</source>
        <translation>Impossible de créer l’atelier dans %1 : %2</translation>
    </message>
    <message>
        <source>%1 already holds a workshop with the id %2; nothing was changed.</source>
        <translation>%1 contient déjà un atelier avec l’identifiant %2 ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Name the workshop to open: add ?workshop=ID to %1 (pamoja repo list shows the ids).</source>
        <translation>Indiquez l’atelier à ouvrir : ajoutez ?workshop=ID à %1 (pamoja repo list affiche les identifiants).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The database of %1 holds no Pamoja workshops.</source>
        <translation>La base de données de %1 ne contient aucun atelier Pamoja.</translation>
    </message>
    <message>
        <source>The database has no workshop with the id %1 (pamoja repo list shows the ids).</source>
        <translation>La base de données ne contient aucun atelier avec l’identifiant %1 (pamoja repo list affiche les identifiants).</translation>
    </message>
    <message>
        <source>The workshop %1 is damaged in its database (its schema name is not its own).</source>
        <translation>L’atelier %1 est endommagé dans sa base de données (le nom de son schéma n’est pas le sien).</translation>
    </message>
    <message>
        <source>The workshop %1 is damaged: its version (%2) is not one Pamoja ever wrote.</source>
        <translation>L’atelier %1 est endommagé : sa version (%2) n’a jamais été écrite par Pamoja.</translation>
    </message>
    <message>
        <source>The workshop %1 was written by a newer Pamoja (version %2; this one reads up to %3). Update Pamoja to open it; nothing was changed.</source>
        <translation>L’atelier %1 a été écrit par une version plus récente de Pamoja (version %2 ; cette version-ci lit jusqu’à la version %3). Mettez Pamoja à jour pour l’ouvrir ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The workshop %1 is damaged: some of its tables are missing. Nothing was changed.</source>
        <translation>L’atelier %1 est endommagé : certaines de ses tables sont absentes. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The workshop %1 was written by an older Pamoja and must be upgraded; open it for writing.</source>
        <translation>L’atelier %1 a été écrit par une version plus ancienne de Pamoja et doit être mis à niveau ; ouvrez-le en écriture.</translation>
    </message>
    <message>
        <source>Could not upgrade the workshop %1: %2. It was left as it was.</source>
        <translation>Impossible de mettre à niveau l’atelier %1 : %2. Il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Give a postgresql:// location to list its workshops.</source>
        <translation>Indiquez un emplacement postgresql:// pour en lister les ateliers.</translation>
    </message>
    <message>
        <source>Could not copy the workshop to %1: %2</source>
        <translation>Impossible de copier l’atelier vers %1 : %2</translation>
    </message>
    <message>
        <source>the connection to the database is lost</source>
        <translation>la connexion à la base de données est perdue</translation>
    </message>
</context>
<context>
    <name>pamoja::Workspace</name>
    <message>
        <source>Open or create a workshop first.</source>
        <translation>Ouvrez ou créez d’abord un atelier.</translation>
    </message>
</context>
<context>
    <name>pamoja::Xlsx</name>
    <message>
        <source>The spreadsheet could not be read.</source>
        <translation>Le classeur n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The file looks like a spreadsheet (XLSX) but its ZIP container is damaged.</source>
        <translation>Le fichier ressemble à un classeur (XLSX) mais son conteneur ZIP est endommagé.</translation>
    </message>
    <message>
        <source>The spreadsheet has more parts than any workbook of ideas needs (%1); it is refused.</source>
        <translation>Le classeur contient plus de parties qu’aucun classeur d’idées n’en a besoin (%1) ; il est refusé.</translation>
    </message>
    <message>
        <source>The spreadsheet has no part &quot;%1&quot;.</source>
        <translation>Le classeur n’a pas de partie « %1 ».</translation>
    </message>
    <message>
        <source>The spreadsheet part &quot;%1&quot; does not say how large it is.</source>
        <translation>La partie « %1 » du classeur n’indique pas sa taille.</translation>
    </message>
    <message>
        <source>The spreadsheet part &quot;%1&quot; unpacks to %2 MB, more than a workbook of ideas needs; it is refused.</source>
        <translation>La partie « %1 » du classeur se décompresse en %2 Mo, plus qu’un classeur d’idées n’en a besoin ; il est refusé.</translation>
    </message>
    <message>
        <source>The spreadsheet part &quot;%1&quot; is compressed %2 times, as only a zip bomb is; it is refused.</source>
        <translation>La partie « %1 » du classeur est compressée %2 fois, comme seule une bombe ZIP l’est ; il est refusé.</translation>
    </message>
    <message>
        <source>The spreadsheet part &quot;%1&quot; cannot be opened (encrypted or damaged).</source>
        <translation>La partie « %1 » du classeur ne peut pas être ouverte (chiffrée ou endommagée).</translation>
    </message>
    <message>
        <source>The spreadsheet part &quot;%1&quot; is damaged (it does not unpack to the size it declares).</source>
        <translation>La partie « %1 » du classeur est endommagée (elle ne se décompresse pas à la taille annoncée).</translation>
    </message>
    <message>
        <source>The spreadsheet part &quot;%1&quot; is not valid XML (line %2: %3).</source>
        <translation>La partie « %1 » du classeur n’est pas du XML valide (ligne %2 : %3).</translation>
    </message>
    <message>
        <source>The spreadsheet declares a DTD, which workbooks never do; it is refused.</source>
        <translation>Le classeur déclare une DTD, ce que les classeurs ne font jamais ; il est refusé.</translation>
    </message>
    <message>
        <source>The spreadsheet has no worksheet.</source>
        <translation>Le classeur n’a aucune feuille.</translation>
    </message>
    <message>
        <source>The spreadsheet&apos;s first sheet points outside the workbook (&quot;%1&quot;).</source>
        <translation>La première feuille du classeur pointe hors du classeur (« %1 »).</translation>
    </message>
    <message>
        <source>The spreadsheet&apos;s first sheet cannot be found.</source>
        <translation>La première feuille du classeur est introuvable.</translation>
    </message>
    <message>
        <source>Shared string %1 is longer than %2 characters.</source>
        <translation>La chaîne partagée %1 dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>Row %1: the sheet has more than %2 rows.</source>
        <translation>Ligne %1 : la feuille a plus de %2 lignes.</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a cell reference.</source>
        <translation>Ligne %1 : « %2 » n’est pas une référence de cellule.</translation>
    </message>
    <message>
        <source>Row %1, cell %2: the sheet has more than %3 columns.</source>
        <translation>Ligne %1, cellule %2 : la feuille a plus de %3 colonnes.</translation>
    </message>
    <message>
        <source>Row %1, cell %2 refers to a shared string that is not in the file.</source>
        <translation>Ligne %1, la cellule %2 renvoie à une chaîne partagée absente du fichier.</translation>
    </message>
    <message>
        <source>Row %1, cell %2 is longer than %3 characters.</source>
        <translation>Ligne %1, la cellule %2 dépasse %3 caractères.</translation>
    </message>
</context>
</TS>
