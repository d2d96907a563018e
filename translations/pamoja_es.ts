<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>pamoja::ActionModel</name>
    <message>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Both owners are %1; a Northern and a Southern co-owner share power better.</source>
        <translation>Ambos responsables son del mismo grupo (%1); con un corresponsable del Norte y otro del Sur el poder se comparte mejor.</translation>
    </message>
    <message>
        <source>⚠ Same side</source>
        <translation>⚠ Mismo lado</translation>
    </message>
    <message>
        <source>Write the due date as year-month-day, for example 2026-03-31.</source>
        <translation>Escriba la fecha límite como año-mes-día, por ejemplo 2026-03-31.</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Editar acción</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Co-owner</source>
        <translation>Corresponsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>System changes</source>
        <translation>Cambios sistémicos</translation>
    </message>
    <message>
        <source>From workshop</source>
        <translation>Taller de origen</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Equilibrio</translation>
    </message>
</context>
<context>
    <name>pamoja::BalanceMeter</name>
    <message>
        <source>Participation balance</source>
        <translation>Equilibrio de la participación</translation>
    </message>
    <message>
        <source>%1: %2% of people, %3% of ideas, %4% of votes</source>
        <translation>%1: %2% de las personas, %3% de las ideas, %4% de los votos</translation>
    </message>
    <message>
        <source>⚠ %1 gave %2% of the ideas but are %3% of the people present.</source>
        <translation>⚠ %1: el %2% de las ideas frente al %3% de las personas presentes.</translation>
    </message>
    <message>
        <source>⚠ %1 cast %2% of the votes but are %3% of the people present.</source>
        <translation>⚠ %1: el %2% de los votos frente al %3% de las personas presentes.</translation>
    </message>
    <message>
        <source>Southern CSO</source>
        <translation>OSC del Sur</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>ideas</source>
        <translation>ideas</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>votos</translation>
    </message>
    <message>
        <source>Mark participants as present to see the balance.</source>
        <translation>Marque a los participantes como presentes para ver el equilibrio.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>pamoja::BallotModel</name>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>All dots</source>
        <translation>Todos los puntos</translation>
    </message>
    <message>
        <source>Their dots</source>
        <translation>Sus puntos</translation>
    </message>
</context>
<context>
    <name>pamoja::BoardScene</name>
    <message numerus="yes">
        <source>Move %n idea(s) into cluster &quot;%1&quot;</source>
        <translation>
            <numerusform>Mover %n idea a la agrupación &quot;%1&quot;</numerusform>
            <numerusform>Mover %n ideas a la agrupación &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a cluster</source>
        <translation>Crear una agrupación</translation>
    </message>
    <message numerus="yes">
        <source>Move %n idea(s)</source>
        <translation>
            <numerusform>Mover %n idea</numerusform>
            <numerusform>Mover %n ideas</numerusform>
        </translation>
    </message>
    <message>
        <source>Move cluster &quot;%1&quot;</source>
        <translation>Mover la agrupación &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Collapse or expand a cluster</source>
        <translation>Contraer o expandir una agrupación</translation>
    </message>
    <message>
        <source>Rename cluster to &quot;%1&quot;</source>
        <translation>Cambiar el nombre de la agrupación a &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit an idea&apos;s words</source>
        <translation>Editar las palabras de una idea</translation>
    </message>
    <message>
        <source>Change a cluster&apos;s colour</source>
        <translation>Cambiar el color de una agrupación</translation>
    </message>
    <message>
        <source>Select two or more ideas to merge.</source>
        <translation>Seleccione dos o más ideas para fusionarlas.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n duplicate(s)</source>
        <translation>
            <numerusform>Fusionar %n duplicado</numerusform>
            <numerusform>Fusionar %n duplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n idea(s)</source>
        <translation>
            <numerusform>Eliminar %n idea</numerusform>
            <numerusform>Eliminar %n ideas</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete ideas and clusters</source>
        <translation>Eliminar ideas y agrupaciones</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Desagrupar</translation>
    </message>
    <message>
        <source>Hide ideas</source>
        <translation>Ocultar ideas</translation>
    </message>
    <message>
        <source>Show hidden ideas</source>
        <translation>Mostrar las ideas ocultas</translation>
    </message>
    <message numerus="yes">
        <source>Reveal %n idea(s)</source>
        <translation>
            <numerusform>Revelar %n idea</numerusform>
            <numerusform>Revelar %n ideas</numerusform>
        </translation>
    </message>
    <message>
        <source>Original words: %1</source>
        <translation>Palabras originales: %1</translation>
    </message>
    <message>
        <source>Merged duplicates:</source>
        <translation>Duplicados fusionados:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n idea(s)</source>
        <translation>
            <numerusform>%1: %n idea</numerusform>
            <numerusform>%1: %n ideas</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an idea that has merged duplicates.</source>
        <translation>Seleccione una idea que tenga duplicados fusionados.</translation>
    </message>
    <message numerus="yes">
        <source>Separate %n duplicate(s)</source>
        <translation>
            <numerusform>Separar %n duplicado</numerusform>
            <numerusform>Separar %n duplicados</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge cluster &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>Fusionar la agrupación &quot;%1&quot; con &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n item(s)</source>
        <translation>
            <numerusform>Desplazar ligeramente %n elemento</numerusform>
            <numerusform>Desplazar ligeramente %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>Marcar como revisado</translation>
    </message>
</context>
<context>
    <name>pamoja::BoardStyle</name>
    <message>
        <source>South</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>North</source>
        <translation>Norte</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
</context>
<context>
    <name>pamoja::BoardView</name>
    <message>
        <source>Board of ideas</source>
        <translation>Tablero de ideas</translation>
    </message>
    <message>
        <source>Revealed ideas</source>
        <translation>Ideas reveladas</translation>
    </message>
    <message>
        <source>Notes and clusters. Arrow keys move between notes, Enter edits, Delete removes. The outline view shows the same ideas as a list.</source>
        <translation>Notas y agrupaciones. Las teclas de flecha recorren las notas, Enter edita y Supr elimina. La vista de esquema muestra las mismas ideas en forma de lista.</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>&amp;Merge Duplicates</source>
        <translation>&amp;Fusionar duplicados</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Group into Cluster</source>
        <translation>&amp;Reunir en una agrupación</translation>
    </message>
    <message>
        <source>&amp;Ungroup</source>
        <translation>&amp;Desagrupar</translation>
    </message>
    <message>
        <source>&amp;Rename Cluster</source>
        <translation>Cambiar el &amp;nombre de la agrupación</translation>
    </message>
    <message>
        <source>&amp;Collapse or Expand Cluster</source>
        <translation>&amp;Contraer o expandir la agrupación</translation>
    </message>
    <message>
        <source>&amp;Hide from Presenter View</source>
        <translation>&amp;Ocultar en la vista de presentación</translation>
    </message>
    <message>
        <source>Show &amp;Original Words</source>
        <translation>Mostrar las &amp;palabras originales</translation>
    </message>
    <message>
        <source>These ideas keep their original words.</source>
        <translation>Estas ideas conservan sus palabras originales.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Color %1</translation>
    </message>
    <message>
        <source>&amp;Separate Duplicates</source>
        <translation>&amp;Separar duplicados</translation>
    </message>
    <message>
        <source>Mark as Re&amp;viewed</source>
        <translation>Marcar como re&amp;visado</translation>
    </message>
</context>
<context>
    <name>pamoja::BoardWidget</name>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Revelar</translation>
    </message>
    <message>
        <source>Ideas held back by private writing</source>
        <translation>Ideas retenidas por la escritura en privado</translation>
    </message>
    <message>
        <source>Reveal the hidden ideas</source>
        <translation>Revelar las ideas ocultas</translation>
    </message>
    <message>
        <source>Show every idea of this step that private writing still holds back</source>
        <translation>Mostrar todas las ideas de este paso que la escritura en privado aún retiene</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation>
            <numerusform>%n oculta</numerusform>
            <numerusform>%n ocultas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::CaptureBar</name>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;gregar</translation>
    </message>
    <message>
        <source>Type an idea and press Enter</source>
        <translation>Escriba una idea y presione Enter</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Nueva idea</translation>
    </message>
    <message>
        <source>Enter adds the idea to the active prompt; the cursor stays here.</source>
        <translation>Enter agrega la idea a la pregunta activa; el cursor se queda aquí.</translation>
    </message>
    <message>
        <source>Contributed by</source>
        <translation>Aportada por</translation>
    </message>
    <message>
        <source>Who contributed the idea; anonymous stores no author</source>
        <translation>Quién aportó la idea; si es anónima, no se guarda ningún autor</translation>
    </message>
    <message>
        <source>Add the idea</source>
        <translation>Agregar la idea</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation>Agregar idea</translation>
    </message>
</context>
<context>
    <name>pamoja::Catalogue</name>
    <message>
        <source>Pamoja derived list v1 (not the working group&apos;s official list)</source>
        <translation>Lista derivada de Pamoja v1 (no es la lista oficial del grupo de trabajo)</translation>
    </message>
</context>
<context>
    <name>pamoja::CatalogueDialog</name>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Catalogue of themes, factors and measures</source>
        <translation>Catálogo de temas, factores y medidas</translation>
    </message>
    <message>
        <source>Kind of entries</source>
        <translation>Tipo de entradas</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Factores</translation>
    </message>
    <message>
        <source>Corrective measures</source>
        <translation>Medidas correctivas</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Catalogue entries</source>
        <translation>Entradas del catálogo</translation>
    </message>
    <message>
        <source>Name of the new entry</source>
        <translation>Nombre de la nueva entrada</translation>
    </message>
    <message>
        <source>New entry name</source>
        <translation>Nombre de la nueva entrada</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Agregar entrada</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Quitar entrada</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the catalogue as JSON</source>
        <translation>Exportar el catálogo como JSON</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import a catalogue from JSON</source>
        <translation>Importar un catálogo desde JSON</translation>
    </message>
    <message>
        <source>Add catalogue entry &quot;%1&quot;</source>
        <translation>Agregar la entrada de catálogo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove catalogue entry</source>
        <translation>Quitar entrada del catálogo</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is used on %n idea(s), cluster(s) or change(s). Remove it and its tags?</source>
        <translation>
            <numerusform>&quot;%1&quot; se usa en %n idea, agrupación o cambio. ¿Desea quitar la entrada y sus etiquetas?</numerusform>
            <numerusform>&quot;%1&quot; se usa en %n ideas, agrupaciones o cambios. ¿Desea quitar la entrada y sus etiquetas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove catalogue entry &quot;%1&quot;</source>
        <translation>Quitar la entrada de catálogo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Export catalogue</source>
        <translation>Exportar catálogo</translation>
    </message>
    <message>
        <source>catalogue.json</source>
        <translation>catalogo.json</translation>
    </message>
    <message>
        <source>Catalogue (*.json)</source>
        <translation>Catálogo (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Import catalogue</source>
        <translation>Importar catálogo</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Catalogue imported</source>
        <translation>Catálogo importado</translation>
    </message>
    <message>
        <source>%1 entries added, %2 updated.</source>
        <translation>Entradas agregadas: %1; actualizadas: %2.</translation>
    </message>
</context>
<context>
    <name>pamoja::CatalogueJson</name>
    <message>
        <source>This is not a catalogue Pamoja can read: %1</source>
        <translation>Este no es un catálogo que Pamoja pueda leer: %1</translation>
    </message>
    <message>
        <source>the file is larger than 4 MB.</source>
        <translation>el archivo ocupa más de 4 MB.</translation>
    </message>
    <message>
        <source>it is not valid JSON.</source>
        <translation>no es un JSON válido.</translation>
    </message>
    <message>
        <source>the format is not &quot;pamoja-catalogue&quot;.</source>
        <translation>el formato no es &quot;pamoja-catalogue&quot;.</translation>
    </message>
    <message>
        <source>it was written by a newer version of Pamoja.</source>
        <translation>fue creado con una versión más reciente de Pamoja.</translation>
    </message>
    <message>
        <source>it has no list of items.</source>
        <translation>no contiene una lista de elementos.</translation>
    </message>
    <message>
        <source>it has more than %1 items.</source>
        <translation>tiene más de %1 elementos.</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>el elemento %1</translation>
    </message>
    <message>
        <source>%1 has no valid kind.</source>
        <translation>%1 no tiene un tipo válido.</translation>
    </message>
    <message>
        <source>%1 has no valid code.</source>
        <translation>%1 no tiene un código válido.</translation>
    </message>
    <message>
        <source>%1 has an invalid %2.</source>
        <translation>%1 tiene un valor no válido en &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 has no name.</source>
        <translation>%1 no tiene nombre.</translation>
    </message>
    <message>
        <source>the code %1 appears twice.</source>
        <translation>el código %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>it has no valid version.</source>
        <translation>no tiene una versión válida.</translation>
    </message>
    <message>
        <source>%1 has invalid keywords.</source>
        <translation>%1 tiene palabras clave no válidas.</translation>
    </message>
</context>
<context>
    <name>pamoja::CatalogueModel</name>
    <message>
        <source>Edit catalogue entry</source>
        <translation>Editar entrada del catálogo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Counters factors</source>
        <translation>Contrarresta los factores</translation>
    </message>
    <message>
        <source>Countered by</source>
        <translation>Contrarrestado por</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usos</translation>
    </message>
    <message>
        <source>Keywords (%1)</source>
        <translation>Palabras clave (%1)</translation>
    </message>
</context>
<context>
    <name>pamoja::ChangeSet</name>
    <message>
        <source>The change log is not readable: %1</source>
        <translation>El registro de cambios no se puede leer: %1</translation>
    </message>
    <message>
        <source>it is not a list of changes.</source>
        <translation>no es una lista de cambios.</translation>
    </message>
    <message>
        <source>change %1 is not an object.</source>
        <translation>el cambio %1 no es un objeto.</translation>
    </message>
    <message>
        <source>change %1 is of an unknown kind &quot;%2&quot;.</source>
        <translation>el cambio %1 es de un tipo desconocido &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>change %1 has an unknown operation &quot;%2&quot;.</source>
        <translation>el cambio %1 tiene una operación desconocida &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>change %1 has no valid id.</source>
        <translation>el cambio %1 no tiene un identificador válido.</translation>
    </message>
    <message>
        <source>change %1 has a &quot;%2&quot; that is not an object.</source>
        <translation>el cambio %1 tiene un &quot;%2&quot; que no es un objeto.</translation>
    </message>
</context>
<context>
    <name>pamoja::Cli</name>
    <message numerus="yes">
        <source>expected %n file argument(s); see --help.</source>
        <translation>
            <numerusform>se esperaba %n argumento de archivo; consulte --help.</numerusform>
            <numerusform>se esperaban %n argumentos de archivo; consulte --help.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 es obligatorio.</translation>
    </message>
    <message>
        <source>The workshop&apos;s title.</source>
        <translation>El título del taller.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Add a participant to a workshop.</source>
        <translation>Agregar un participante a un taller.</translation>
    </message>
    <message>
        <source>Name or alias.</source>
        <translation>Nombre o alias.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Organisation (created when new).</source>
        <translation>Organización (se crea si es nueva).</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>south, north, donor or other.</source>
        <translation>south, north, donor u other.</translation>
    </message>
    <message>
        <source>constituency</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>Country.</source>
        <translation>País.</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>Language code, e.g. fr.</source>
        <translation>Código de idioma, p. ej. fr.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>participant (default), facilitator or observer.</source>
        <translation>participant (predeterminado), facilitator u observer.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>The participant agrees to be named in outputs.</source>
        <translation>El participante acepta que su nombre aparezca en los documentos generados.</translation>
    </message>
    <message>
        <source>The workshop file.</source>
        <translation>El archivo del taller.</translation>
    </message>
    <message>
        <source>--role must be participant, facilitator or observer.</source>
        <translation>--role debe ser participant, facilitator u observer.</translation>
    </message>
    <message>
        <source>Add participant %1</source>
        <translation>Agregar al participante %1</translation>
    </message>
    <message>
        <source>Add an idea to a workshop; prints the new idea&apos;s id.</source>
        <translation>Agregar una idea a un taller; muestra el identificador de la nueva idea.</translation>
    </message>
    <message>
        <source>envision, change or action.</source>
        <translation>envision, change o action.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>The idea&apos;s text.</source>
        <translation>El texto de la idea.</translation>
    </message>
    <message>
        <source>Name of the contributing participant.</source>
        <translation>Nombre del participante que aporta la idea.</translation>
    </message>
    <message>
        <source>Store no author (the default without --participant).</source>
        <translation>No guardar ningún autor (opción predeterminada sin --participant).</translation>
    </message>
    <message>
        <source>For anonymous ideas: the constituency it comes from.</source>
        <translation>Para ideas anónimas: el grupo de pertenencia del que proviene.</translation>
    </message>
    <message>
        <source>Language code of the text.</source>
        <translation>Código de idioma del texto.</translation>
    </message>
    <message>
        <source>--step must be envision, change or action.</source>
        <translation>--step debe ser envision, change o action.</translation>
    </message>
    <message>
        <source>use either --participant or --anonymous, not both.</source>
        <translation>use --participant o --anonymous, pero no ambos.</translation>
    </message>
    <message>
        <source>--constituency is only for anonymous ideas; a participant&apos;s own is used.</source>
        <translation>--constituency solo se aplica a ideas anónimas; para un participante se usa su propio grupo de pertenencia.</translation>
    </message>
    <message>
        <source>there is no participant called &quot;%1&quot;; add them first.</source>
        <translation>no hay ningún participante llamado &quot;%1&quot;; agréguelo primero.</translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation>Agregar idea</translation>
    </message>
    <message>
        <source>Show a summary of a workshop.</source>
        <translation>Mostrar un resumen de un taller.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Mostrar JSON en lugar de texto.</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n idea(s)</source>
        <translation>
            <numerusform>  %1: %n idea</numerusform>
            <numerusform>  %1: %n ideas</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants and balance (people / ideas / votes):</source>
        <translation>Participantes y equilibrio (personas / ideas / votos):</translation>
    </message>
    <message>
        <source>  (under-represented)</source>
        <translation>  (subrepresentado)</translation>
    </message>
    <message numerus="yes">
        <source>  %n anonymous idea(s) without a constituency</source>
        <translation>
            <numerusform>  %n idea anónima sin grupo de pertenencia</numerusform>
            <numerusform>  %n ideas anónimas sin grupo de pertenencia</numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>Formato de salida: %1.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Paper size: a4 or letter.</source>
        <translation>Tamaño del papel: a4 o letter.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use one of %2.</source>
        <translation>formato desconocido &quot;%1&quot;; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a Pamoja workshop export.</source>
        <translation>%1 es demasiado grande para ser una exportación de taller de Pamoja.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 No se importó nada.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s); %1 already present.</source>
        <translation>
            <numerusform>Se importó %n elemento; ya existían: %1.</numerusform>
            <numerusform>Se importaron %n elementos; ya existían: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: schema version %1, %n history entries</source>
        <translation>
            <numerusform>ok: versión del esquema %1, %n entrada en el historial</numerusform>
            <numerusform>ok: versión del esquema %1, %n entradas en el historial</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a workshop: a report (pdf, odt, html, md), its tables (csv, xlsx), its data (json) or its board (png, svg).</source>
        <translation>Exportar un taller: un informe (pdf, odt, html, md), sus tablas (csv, xlsx), sus datos (json) o su tablero (png, svg).</translation>
    </message>
    <message>
        <source>Output file. For csv, OUT.csv gives OUT-ideas.csv, OUT-votes.csv and OUT-actions.csv.</source>
        <translation>Archivo de salida. Para csv, SALIDA.csv genera SALIDA-ideas.csv, SALIDA-votes.csv y SALIDA-actions.csv.</translation>
    </message>
    <message>
        <source>Report language: en, nl, fr, es or pt (default: the workshop&apos;s main language).</source>
        <translation>Idioma del informe: en, nl, fr, es o pt (predeterminado: el idioma principal del taller).</translation>
    </message>
    <message>
        <source>Write PDF/A-1b (archival PDF).</source>
        <translation>Generar PDF/A-1b (PDF de archivo).</translation>
    </message>
    <message>
        <source>Add the facilitator intervention log as an appendix.</source>
        <translation>Agregar como anexo el registro de intervenciones del facilitador.</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation>--paper debe ser a4 o letter.</translation>
    </message>
    <message>
        <source>%1 does not exist; ideas are imported into an existing workshop (pamoja new).</source>
        <translation>%1 no existe; las ideas se importan en un taller existente (pamoja new).</translation>
    </message>
    <message>
        <source>--step must be envision, change or action (or 1, 2, 3).</source>
        <translation>--step debe ser envision, change o action (o 1, 2, 3).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Would import %n idea(s) from %1; nothing was changed.</source>
        <translation>
            <numerusform>Se importaría %n idea de %1; no se cambió nada.</numerusform>
            <numerusform>Se importarían %n ideas de %1; no se cambió nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n idea(s) from %1.</source>
        <translation>
            <numerusform>Se importó %n idea de %1.</numerusform>
            <numerusform>Se importaron %n ideas de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ideas: the step they go to unless the file names one (envision, change, action; default: the active step).</source>
        <translation>Ideas: el paso al que van, salvo que el archivo indique uno (envision, change, action; predeterminado: el paso activo).</translation>
    </message>
    <message>
        <source>Reveal ideas</source>
        <translation>Revelar ideas</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votar</translation>
    </message>
    <message>
        <source>Open voting round</source>
        <translation>Abrir ronda de votación</translation>
    </message>
    <message>
        <source>Close voting round</source>
        <translation>Cerrar ronda de votación</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use reveal, pause, resume, round open [DOTS [MAX]] or round close.</source>
        <translation>comando desconocido &quot;%1&quot;; use reveal, pause, resume, round open [DOTS [MAX]] o round close.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Let participants join a workshop from their own phones, without the window. Prints the join address and code on the first line; Ctrl+C stops.</source>
        <translation>Permitir que los participantes se unan a un taller desde sus propios teléfonos, sin la ventana. Muestra la dirección y el código para unirse en la primera línea; Ctrl+C lo detiene.</translation>
    </message>
    <message>
        <source>The address to listen on (default 127.0.0.1; 0.0.0.0 for every network).</source>
        <translation>La dirección en la que escuchar (predeterminada: 127.0.0.1; 0.0.0.0 para todas las redes).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>The port (default: any free port).</source>
        <translation>El puerto (predeterminado: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>The join code (default: a new random code).</source>
        <translation>El código para unirse (predeterminado: un nuevo código aleatorio).</translation>
    </message>
    <message>
        <source>The address of a reverse proxy whose X-Forwarded-For and X-Forwarded-Proto headers are believed.</source>
        <translation>La dirección de un proxy inverso cuyos encabezados X-Forwarded-For y X-Forwarded-Proto se consideran fiables.</translation>
    </message>
    <message>
        <source>The address participants use when a proxy is in front, e.g. https://workshop.example.org/.</source>
        <translation>La dirección que usan los participantes cuando hay un proxy delante, p. ej. https://workshop.example.org/.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Hold participants&apos; ideas until a facilitator approves them (in the window).</source>
        <translation>Retener las ideas de los participantes hasta que un facilitador las apruebe (en la ventana).</translation>
    </message>
    <message>
        <source>--bind needs an IP address such as 0.0.0.0 or 192.168.1.10.</source>
        <translation>--bind necesita una dirección IP como 0.0.0.0 o 192.168.1.10.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port debe ser un número del 0 al 65535.</translation>
    </message>
    <message>
        <source>--trusted-proxy needs an IP address.</source>
        <translation>--trusted-proxy necesita una dirección IP.</translation>
    </message>
    <message>
        <source>could not set up signal handling.</source>
        <translation>no se pudo configurar la gestión de señales.</translation>
    </message>
    <message>
        <source>Join at %1 with code %2</source>
        <translation>Únase en %1 con el código %2</translation>
    </message>
    <message>
        <source>Stopped; every acknowledged contribution is saved.</source>
        <translation>Detenido; todos los aportes confirmados están guardados.</translation>
    </message>
    <message>
        <source>Check a workshop file: the database&apos;s integrity, the schema version and the workshop&apos;s own rules.</source>
        <translation>Comprobar un archivo de taller: la integridad de la base de datos, la versión del esquema y las reglas propias del taller.</translation>
    </message>
    <message numerus="yes">
        <source>pamoja: %1 has %n problem(s):</source>
        <translation>
            <numerusform>pamoja: %1 tiene %n problema:</numerusform>
            <numerusform>pamoja: %1 tiene %n problemas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more.</source>
        <translation>
            <numerusform>  ... y %n más.</numerusform>
            <numerusform>  ... y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see pamoja help</source>
        <translation>orden desconocida &quot;%1&quot;; consulte pamoja help</translation>
    </message>
    <message>
        <source>Opens the quick-capture window on a workshop: one line per idea, Enter saves it.</source>
        <translation>Abre la ventana de captura rápida de un taller: una línea por idea, Intro la guarda.</translation>
    </message>
    <message>
        <source>The step to capture into (1, 2 or 3).</source>
        <translation>El paso en el que capturar (1, 2 o 3).</translation>
    </message>
    <message>
        <source>--step must be 1, 2 or 3.</source>
        <translation>--step debe ser 1, 2 o 3.</translation>
    </message>
    <message>
        <source>the capture window needs a display.</source>
        <translation>la ventana de captura necesita una pantalla.</translation>
    </message>
    <message>
        <source>%1 does not exist. Make a copy of the workshop file first (File &gt; Save a Copy).</source>
        <translation>%1 no existe. Haga primero una copia del archivo del taller (Archivo &gt; Guardar una copia).</translation>
    </message>
    <message>
        <source>Import into a workshop: a pamoja-workshop JSON export (the workshop is created when it does not exist), ideas from a text, Markdown, CSV or XLSX file, or a contribution packet from the offline form (the format and encoding are detected from the content).</source>
        <translation>Importar en un taller: una exportación JSON de pamoja-workshop (el taller se crea si no existe), ideas de un archivo de texto, Markdown, CSV o XLSX, o un paquete de aportes del formulario sin conexión (el formato y la codificación se detectan a partir del contenido).</translation>
    </message>
    <message>
        <source>Ideas and contribution packets: check the file and say what would be imported, changing nothing.</source>
        <translation>Ideas y paquetes de aportes: comprobar el archivo e indicar qué se importaría, sin cambiar nada.</translation>
    </message>
    <message>
        <source>The JSON export, the text, Markdown, CSV or XLSX file, or the contribution packet to import.</source>
        <translation>La exportación JSON, el archivo de texto, Markdown, CSV o XLSX, o el paquete de aportes que se va a importar.</translation>
    </message>
    <message>
        <source>%1 does not exist; a contribution packet is imported into the workshop it was made for.</source>
        <translation>%1 no existe; un paquete de aportes se importa en el taller para el que se creó.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to import: the %n idea(s) of this packet are already in the workshop.</source>
        <translation>
            <numerusform>No hay nada que importar: este paquete tiene %n idea y ya está en el taller.</numerusform>
            <numerusform>No hay nada que importar: este paquete tiene %n ideas y ya están todas en el taller.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would import %n idea(s) from the contribution packet; nothing was changed.</source>
        <translation>
            <numerusform>Se importaría %n idea del paquete de aportes; no se cambió nada.</numerusform>
            <numerusform>Se importarían %n ideas del paquete de aportes; no se cambió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contribution packet %1</source>
        <translation>Importar el paquete de aportes %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n idea(s) from the contribution packet; %1 already present.</source>
        <translation>
            <numerusform>Se importó %n idea del paquete de aportes; ya existían: %1.</numerusform>
            <numerusform>Se importaron %n ideas del paquete de aportes; ya existían: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the offline contribution form: one HTML file that works from disk with no network, for participants to write ideas and send them back as a contribution packet.</source>
        <translation>Generar el formulario de aportes sin conexión: un único archivo HTML que funciona desde el disco, sin red, para que los participantes escriban ideas y las devuelvan como paquete de aportes.</translation>
    </message>
    <message>
        <source>The HTML file to write.</source>
        <translation>El archivo HTML que se generará.</translation>
    </message>
    <message>
        <source>The steps whose prompts the form asks, e.g. 1,2 or envision,change (default: all three).</source>
        <translation>Los pasos cuyas preguntas plantea el formulario, p. ej. 1,2 o envision,change (predeterminado: los tres).</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>pasos</translation>
    </message>
    <message>
        <source>The form&apos;s language when the browser&apos;s is not one of en, nl, fr, es, pt (default: the workshop&apos;s main language).</source>
        <translation>El idioma del formulario cuando el del navegador no es en, nl, fr, es ni pt (predeterminado: el idioma principal del taller).</translation>
    </message>
    <message>
        <source>--steps takes 1, 2, 3 (or envision, change, action), separated by commas.</source>
        <translation>--steps admite 1, 2, 3 (o envision, change, action), separados por comas.</translation>
    </message>
    <message>
        <source>--language must be one of %1.</source>
        <translation>--language debe ser uno de estos: %1.</translation>
    </message>
    <message>
        <source>Wrote the contribution form to %1.</source>
        <translation>Se guardó el formulario de aportes en %1.</translation>
    </message>
    <message>
        <source>List the workshops of a PostgreSQL database: id, version, created, title.</source>
        <translation>Listar los talleres de una base de datos PostgreSQL: identificador, versión, fecha de creación, título.</translation>
    </message>
    <message>
        <source>The word list.</source>
        <translation>La palabra list.</translation>
    </message>
    <message>
        <source>postgresql://[user@]host[:port]/dbname</source>
        <translation>postgresql://[user@]host[:port]/dbname</translation>
    </message>
    <message>
        <source>unknown command &quot;repo %1&quot;; see pamoja help</source>
        <translation>orden desconocida &quot;repo %1&quot;; consulte pamoja help</translation>
    </message>
    <message>
        <source>No workshops in this database yet.</source>
        <translation>Todavía no hay talleres en esta base de datos.</translation>
    </message>
    <message>
        <source>Copy a whole workshop, with its history, between files and PostgreSQL databases; prints where the copy is.</source>
        <translation>Copiar un taller completo, con su historial, entre archivos y bases de datos PostgreSQL; muestra dónde está la copia.</translation>
    </message>
    <message>
        <source>A workshop file or postgresql:// location.</source>
        <translation>Un archivo de taller o una ubicación postgresql://.</translation>
    </message>
    <message>
        <source>A new file, or a postgresql:// database (the workshop keeps its id there).</source>
        <translation>Un archivo nuevo, o una base de datos postgresql:// (el taller conserva allí su identificador).</translation>
    </message>
    <message>
        <source>Merge copies of a workshop (a breakout group&apos;s laptop, a co-facilitator&apos;s or a note-taker&apos;s copy) into it: nothing is lost or counted twice, and the result does not depend on the order of the copies. All sources are merged as one change. Participants with the same name and organisation are taken as one person.</source>
        <translation>Fusionar en un taller copias de ese mismo taller (el portátil de un subgrupo, la copia de un cofacilitador o de quien toma notas): no se pierde nada ni se cuenta nada dos veces, y el resultado no depende del orden de las copias. Todas las fuentes se fusionan en un solo cambio. Los participantes con el mismo nombre y la misma organización se consideran una sola persona.</translation>
    </message>
    <message>
        <source>Say what the merge would do, changing nothing.</source>
        <translation>Indicar qué haría la fusión, sin cambiar nada.</translation>
    </message>
    <message>
        <source>The workshop file to merge into.</source>
        <translation>El archivo de taller de destino de la fusión.</translation>
    </message>
    <message>
        <source>One or more copies of it to merge in.</source>
        <translation>Una o varias copias de ese taller que se fusionarán.</translation>
    </message>
    <message>
        <source>expected a target workshop and at least one source; see --help.</source>
        <translation>se esperaba un taller de destino y al menos una fuente; consulte --help.</translation>
    </message>
    <message>
        <source>%1 does not exist; a merge goes into an existing workshop.</source>
        <translation>%1 no existe; una fusión se hace en un taller existente.</translation>
    </message>
    <message>
        <source>%1 Nothing was merged.</source>
        <translation>%1 No se fusionó nada.</translation>
    </message>
    <message>
        <source>Nothing to merge: %1 has everything the sources have.</source>
        <translation>Nada que fusionar: %1 ya contiene todo lo que tienen las fuentes.</translation>
    </message>
    <message>
        <source>Would merge into %1 (nothing was changed):</source>
        <translation>Se fusionaría en %1 (no se cambió nada):</translation>
    </message>
    <message>
        <source>Merged into %1:</source>
        <translation>Fusionado en %1:</translation>
    </message>
    <message>
        <source>  Same participant by name and organisation: %1 (%2)</source>
        <translation>  Mismo participante por nombre y organización: %1 (%2)</translation>
    </message>
    <message>
        <source>Leave out the translations beside the ideas (machine translations are marked as such when included).</source>
        <translation>Omitir las traducciones junto a las ideas (las traducciones automáticas se marcan como tales cuando se incluyen).</translation>
    </message>
    <message>
        <source>Translate ideas with Apertium, offline. The translation is stored beside each idea, marked as machine translation; the idea&apos;s own words never change.</source>
        <translation>Traducir ideas con Apertium, sin conexión. La traducción se guarda junto a cada idea, marcada como traducción automática; las palabras propias de la idea nunca cambian.</translation>
    </message>
    <message>
        <source>The language to translate into, e.g. fr.</source>
        <translation>El idioma al que traducir, p. ej. fr.</translation>
    </message>
    <message>
        <source>Only the ideas of this step: envision, change or action (or 1, 2, 3); default: every step.</source>
        <translation>Solo las ideas de este paso: envision, change o action (o 1, 2, 3); por defecto: todos los pasos.</translation>
    </message>
    <message>
        <source>--to must be a two-letter language code such as fr.</source>
        <translation>--to debe ser un código de idioma de dos letras, como fr.</translation>
    </message>
    <message>
        <source>Translate ideas into %1</source>
        <translation>Traducir ideas a %1</translation>
    </message>
    <message numerus="yes">
        <source>Translated %n idea(s) into %1 (machine translation).</source>
        <translation>
            <numerusform>%n idea traducida a %1 (traducción automática).</numerusform>
            <numerusform>%n ideas traducidas a %1 (traducción automática).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n idea(s) whose language is unknown.</source>
        <translation>
            <numerusform>Se omitió %n idea cuyo idioma se desconoce.</numerusform>
            <numerusform>Se omitieron %n ideas cuyo idioma se desconoce.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n idea(s) already in %1.</source>
        <translation>
            <numerusform>Se omitió %n idea que ya está en %1.</numerusform>
            <numerusform>Se omitieron %n ideas que ya están en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n translation(s) made or corrected by a person.</source>
        <translation>
            <numerusform>Se conservó %n traducción hecha o corregida por una persona.</numerusform>
            <numerusform>Se conservaron %n traducciones hechas o corregidas por una persona.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n idea(s) with no language pair installed:</source>
        <translation>
            <numerusform>Se omitió %n idea sin un par de idiomas instalado:</numerusform>
            <numerusform>Se omitieron %n ideas sin un par de idiomas instalado:</numerusform>
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
        <translation>Uso:   pamoja [FILE]                      iniciar la aplicación
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
FILE también puede ser una ubicación de PostgreSQL: postgresql://[USER@]HOST[:PORT]/DB?workshop=ID
Cada comando admite --help.</translation>
    </message>
    <message>
        <source>Suggest groups, across languages, for the loose ideas of a step, and near-duplicates to merge. Changes nothing.</source>
        <translation>Sugerir grupos, sin importar el idioma, para las ideas aún sin agrupar de un paso, y casi duplicados para fusionar. No cambia nada.</translation>
    </message>
    <message>
        <source>How many groups to propose (at most); by default Pamoja chooses.</source>
        <translation>Cuántos grupos proponer (como máximo); de forma predeterminada, Pamoja elige.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--groups must be a whole number from 1 to 1000.</source>
        <translation>--groups debe ser un número entero de 1 a 1000.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n loose idea(s).</source>
        <translation>
            <numerusform>%1: %n idea aún sin agrupar.</numerusform>
            <numerusform>%1: %n ideas aún sin agrupar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups to suggest.</source>
        <translation>No hay grupos que sugerir.</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 (%n idea(s))</source>
        <translation>
            <numerusform>%1. %2 (%n idea)</numerusform>
            <numerusform>%1. %2 (%n ideas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Near-duplicates (%n pair(s)):</source>
        <translation>
            <numerusform>Casi duplicados (%n par):</numerusform>
            <numerusform>Casi duplicados (%n pares):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In no group (nothing they share with other ideas): %n idea(s).</source>
        <translation>
            <numerusform>En ningún grupo (nada en común con otras ideas): %n idea.</numerusform>
            <numerusform>En ningún grupo (nada en común con otras ideas): %n ideas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a new workshop file, or a new workshop in a PostgreSQL database (prints its location).</source>
        <translation>Crear un nuevo archivo de taller, o un nuevo taller en una base de datos PostgreSQL (muestra su ubicación).</translation>
    </message>
    <message>
        <source>The workshop file to create (.pamoja), or a postgresql:// database (with ?workshop=ID for a chosen id).</source>
        <translation>El archivo de taller que se creará (.pamoja), o una base de datos postgresql:// (con ?workshop=ID para un id elegido).</translation>
    </message>
</context>
<context>
    <name>pamoja::Constituency</name>
    <message>
        <source>Southern CSO</source>
        <translation>OSC del Sur</translation>
    </message>
    <message>
        <source>Northern CSO</source>
        <translation>OSC del Norte</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>pamoja::ContributionForm</name>
    <message>
        <source>The chosen steps have no prompts, so the form would ask nothing. Add a prompt first, or choose other steps.</source>
        <translation>Los pasos elegidos no tienen preguntas, así que el formulario no preguntaría nada. Agregue primero una pregunta o elija otros pasos.</translation>
    </message>
    <message>
        <source>Cannot write the contribution form to %1: %2</source>
        <translation>No se puede guardar el formulario de aportes en %1: %2</translation>
    </message>
</context>
<context>
    <name>pamoja::Csv</name>
    <message>
        <source>Line %1, column %2: a field is longer than %3 characters.</source>
        <translation>Línea %1, columna %2: un campo tiene más de %3 caracteres.</translation>
    </message>
    <message>
        <source>Line %1: a row has more than %2 columns.</source>
        <translation>Línea %1: una fila tiene más de %2 columnas.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it into smaller files.</source>
        <translation>El archivo tiene más de %1 filas; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>Line %1, column %2: text after a closing quote; quotes inside a field must be doubled (&quot;&quot;).</source>
        <translation>Línea %1, columna %2: hay texto después de unas comillas de cierre; las comillas dentro de un campo deben duplicarse (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quoted field is never closed.</source>
        <translation>Línea %1, columna %2: un campo entre comillas no se cierra nunca.</translation>
    </message>
</context>
<context>
    <name>pamoja::Document</name>
    <message>
        <source>Create workshop</source>
        <translation>Crear taller</translation>
    </message>
    <message>
        <source>This workshop is open read-only; the change was not made.</source>
        <translation>Este taller está abierto en modo de solo lectura; no se realizó el cambio.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation>No se puede deshacer &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>No hay nada que rehacer.</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation>No se puede rehacer &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The connection to the database is lost; this waits until it is back (the changes made meanwhile are kept and will be saved).</source>
        <translation>Se perdió la conexión con la base de datos; esto espera a que vuelva (los cambios hechos mientras tanto se conservan y se guardarán).</translation>
    </message>
    <message numerus="yes">
        <source>Reconnected to the database. %n change(s) made while it was away could not be saved, because others changed the same things meanwhile: %1. The workshop shows what the database holds.</source>
        <translation>
            <numerusform>Reconectado a la base de datos. %n cambio hecho mientras no estaba no se pudo guardar, porque otras personas cambiaron lo mismo mientras tanto: %1. El taller muestra lo que contiene la base de datos.</numerusform>
            <numerusform>Reconectado a la base de datos. %n cambios hechos mientras no estaba no se pudieron guardar, porque otras personas cambiaron lo mismo mientras tanto: %1. El taller muestra lo que contiene la base de datos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnected to the database; the %n change(s) made while it was away are saved.</source>
        <translation>
            <numerusform>Reconectado a la base de datos; el %n cambio hecho mientras no estaba está guardado.</numerusform>
            <numerusform>Reconectado a la base de datos; los %n cambios hechos mientras no estaba están guardados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnected to the database.</source>
        <translation>Reconectado a la base de datos.</translation>
    </message>
    <message>
        <source>The connection to the database is lost; the change was not made. Pamoja reconnects by itself: try again in a moment.</source>
        <translation>Se perdió la conexión con la base de datos; el cambio no se hizo. Pamoja se reconecta por sí mismo: vuelva a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>pamoja::Edits</name>
    <message>
        <source>An idea needs some text.</source>
        <translation>Una idea debe tener texto.</translation>
    </message>
    <message>
        <source>An idea can be at most 4000 characters long.</source>
        <translation>Una idea puede tener como máximo 4000 caracteres.</translation>
    </message>
    <message>
        <source>There is no step %1.</source>
        <translation>No existe el paso %1.</translation>
    </message>
    <message>
        <source>That prompt does not exist.</source>
        <translation>Esa pregunta no existe.</translation>
    </message>
    <message>
        <source>That participant does not exist.</source>
        <translation>Ese participante no existe.</translation>
    </message>
    <message>
        <source>Unknown constituency &quot;%1&quot;.</source>
        <translation>Grupo de pertenencia desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>Nueva agrupación</translation>
    </message>
    <message>
        <source>A participant needs a name or an alias.</source>
        <translation>Un participante debe tener un nombre o un alias.</translation>
    </message>
    <message>
        <source>Unknown constituency &quot;%1&quot;; use south, north, donor or other.</source>
        <translation>Grupo de pertenencia desconocido: &quot;%1&quot;; use south, north, donor u other.</translation>
    </message>
    <message>
        <source>There is already a participant called &quot;%1&quot;.</source>
        <translation>Ya hay un participante llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>That voting round does not exist.</source>
        <translation>Esa ronda de votación no existe.</translation>
    </message>
    <message>
        <source>The voting round &quot;%1&quot; is closed.</source>
        <translation>La ronda de votación &quot;%1&quot; está cerrada.</translation>
    </message>
    <message numerus="yes">
        <source>Each item can get at most %n dot(s) from one person.</source>
        <translation>
            <numerusform>Cada elemento puede recibir como máximo %n punto de una misma persona.</numerusform>
            <numerusform>Cada elemento puede recibir como máximo %n puntos de una misma persona.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no dots left in this round.</source>
        <translation>A %1 no le quedan puntos en esta ronda.</translation>
    </message>
    <message>
        <source>The idea no longer exists.</source>
        <translation>La idea ya no existe.</translation>
    </message>
    <message>
        <source>Say which language the translation is in.</source>
        <translation>Indique en qué idioma está la traducción.</translation>
    </message>
</context>
<context>
    <name>pamoja::Exchange</name>
    <message>
        <source>The file is too large to be a Pamoja workshop export.</source>
        <translation>El archivo es demasiado grande para ser una exportación de taller de Pamoja.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>El archivo no es un JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>The file is not a Pamoja workshop export.</source>
        <translation>El archivo no es una exportación de taller de Pamoja.</translation>
    </message>
    <message>
        <source>The file is not a Pamoja workshop export (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>El archivo no es una exportación de taller de Pamoja (su &quot;format&quot; no es &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The export was written by a newer Pamoja (format version %1; this one reads up to %2).</source>
        <translation>La exportación fue creada con una versión más reciente de Pamoja (versión de formato %1; esta versión lee hasta la %2).</translation>
    </message>
    <message>
        <source>The export has no &quot;%1&quot; list.</source>
        <translation>La exportación no contiene la lista &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>&quot;%1&quot; debe ser una lista.</translation>
    </message>
    <message>
        <source>The export holds more than one workshop.</source>
        <translation>La exportación contiene más de un taller.</translation>
    </message>
    <message>
        <source>%1 entry %2</source>
        <translation>%1, entrada %2</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 no es un objeto.</translation>
    </message>
    <message>
        <source>%1 has no valid id.</source>
        <translation>%1 no tiene un identificador válido.</translation>
    </message>
    <message>
        <source>%1 repeats the id %2.</source>
        <translation>%1 repite el identificador %2.</translation>
    </message>
    <message>
        <source>%1 has an unknown field &quot;%2&quot;.</source>
        <translation>%1 tiene un campo desconocido: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; has the wrong type.</source>
        <translation>%1: el campo &quot;%2&quot; tiene un tipo incorrecto.</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is too long (more than %3 characters).</source>
        <translation>%1: el campo &quot;%2&quot; es demasiado largo (más de %3 caracteres).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The export has an unknown section &quot;%1&quot;.</source>
        <translation>La exportación tiene una sección desconocida: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A %1 refers to something that is not in the export (%2 = %3).</source>
        <translation>Un registro de tipo %1 hace referencia a algo que no está en la exportación (%2 = %3).</translation>
    </message>
    <message>
        <source>The export has no valid format version (&quot;version&quot; must be a whole number such as %1).</source>
        <translation>La exportación no tiene una versión de formato válida (&quot;version&quot; debe ser un número entero, como %1).</translation>
    </message>
    <message>
        <source>%1 has the id %2, which belongs to an existing %3 in this workshop.</source>
        <translation>%1 tiene el id %2, que ya pertenece a un elemento existente (%3) de este taller.</translation>
    </message>
    <message>
        <source>%1: an idea without a language cannot have a language confidence.</source>
        <translation>%1: una idea sin idioma no puede tener un grado de confianza sobre su idioma.</translation>
    </message>
</context>
<context>
    <name>pamoja::Export</name>
    <message>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <source>Editable document (ODT)</source>
        <translation>Documento editable (ODT)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Página web (HTML)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Spreadsheet tables (CSV: ideas, votes, actions)</source>
        <translation>Tablas de hoja de cálculo (CSV: ideas, votos, acciones)</translation>
    </message>
    <message>
        <source>Spreadsheet workbook (XLSX)</source>
        <translation>Libro de hoja de cálculo (XLSX)</translation>
    </message>
    <message>
        <source>Workshop data for Pamoja (JSON)</source>
        <translation>Datos del taller para Pamoja (JSON)</translation>
    </message>
    <message>
        <source>Board as an image (PNG)</source>
        <translation>Tablero como imagen (PNG)</translation>
    </message>
    <message>
        <source>Board as a drawing (SVG)</source>
        <translation>Tablero como dibujo (SVG)</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;.</source>
        <translation>Formato de exportación desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>No se indicó ningún archivo de salida.</translation>
    </message>
    <message>
        <source>Reports come in %1, not &quot;%2&quot;.</source>
        <translation>Los informes están disponibles en %1, no en &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The paper size must be a4 or letter, not &quot;%1&quot;.</source>
        <translation>El tamaño del papel debe ser a4 o letter, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>no output file was given.</source>
        <translation>no se indicó ningún archivo de salida.</translation>
    </message>
    <message>
        <source>Cannot create the OpenDocument text.</source>
        <translation>No se puede crear el texto OpenDocument.</translation>
    </message>
    <message>
        <source>The PDF writer produced no output.</source>
        <translation>El generador de PDF no produjo ningún resultado.</translation>
    </message>
    <message>
        <source>Cannot start painting the report.</source>
        <translation>No se puede empezar a dibujar el informe.</translation>
    </message>
    <message>
        <source>Cannot finish painting the report.</source>
        <translation>No se puede terminar de dibujar el informe.</translation>
    </message>
    <message>
        <source>Cannot create the spreadsheet.</source>
        <translation>No se puede crear la hoja de cálculo.</translation>
    </message>
    <message>
        <source>Cannot put the PDF together: %1</source>
        <translation>No se puede ensamblar el PDF: %1</translation>
    </message>
    <message>
        <source>a page is missing from one of its parts.</source>
        <translation>falta una página en una de sus partes.</translation>
    </message>
    <message>
        <source>Cannot start the threads that draw the report.</source>
        <translation>No se pueden iniciar los hilos que dibujan el informe.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. These files could not be put back as they were: %3</source>
        <translation>No se puede escribir %1: %2. No se pudieron restaurar estos archivos tal como estaban: %3</translation>
    </message>
</context>
<context>
    <name>pamoja::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Idioma del informe:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <source>Prompts, clusters and ideas</source>
        <translation>Preguntas, agrupaciones e ideas</translation>
    </message>
    <message>
        <source>Voting results</source>
        <translation>Resultados de la votación</translation>
    </message>
    <message>
        <source>System changes and their links</source>
        <translation>Cambios sistémicos y sus vínculos</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Participation balance</source>
        <translation>Equilibrio de la participación</translation>
    </message>
    <message>
        <source>Factor coverage</source>
        <translation>Cobertura de los factores</translation>
    </message>
    <message>
        <source>Appendix: facilitator intervention log</source>
        <translation>Anexo: registro de intervenciones del facilitador</translation>
    </message>
    <message>
        <source>Archival PDF (PDF/A-1b)</source>
        <translation>PDF de archivo (PDF/A-1b)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Exa&amp;minar...</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>&amp;Vista previa de impresión...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Writes three files: %1</source>
        <translation>Genera tres archivos: %1</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Exportar como</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>report</source>
        <translation>informe</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Se exportó a %1.</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Exportando...</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>Translations beside the ideas (machine translations marked as such)</source>
        <translation>Traducciones junto a las ideas (traducciones automáticas marcadas como tales)</translation>
    </message>
</context>
<context>
    <name>pamoja::ExportFormDialog</name>
    <message>
        <source>Export Contribution Form</source>
        <translation>Exportar formulario de aportes</translation>
    </message>
    <message>
        <source>One web page to send by e-mail or on a USB stick. Participants open it without a connection, write their ideas and send back a contribution packet to import.</source>
        <translation>Una sola página web para enviar por correo electrónico o en una memoria USB. Los participantes la abren sin conexión, escriben sus ideas y devuelven un paquete de aportes para importar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n prompt(s))</source>
        <translation>
            <numerusform>%1 (%n pregunta)</numerusform>
            <numerusform>%1 (%n preguntas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions from:</source>
        <translation>Preguntas de:</translation>
    </message>
    <message>
        <source>Used when the participant&apos;s browser is in none of these languages; they can switch in the page.</source>
        <translation>Se usa cuando el navegador del participante no está en ninguno de estos idiomas; puede cambiarlo en la página.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
</context>
<context>
    <name>pamoja::HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
</context>
<context>
    <name>pamoja::HistoryPanel</name>
    <message>
        <source>Which changes to show</source>
        <translation>Qué cambios mostrar</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Todos los cambios</translation>
    </message>
    <message>
        <source>Facilitator interventions</source>
        <translation>Intervenciones del facilitador</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>Show &amp;earlier state</source>
        <translation>Mostrar el &amp;estado anterior</translation>
    </message>
    <message>
        <source>Show what the selected change replaced</source>
        <translation>Mostrar lo que reemplazó el cambio seleccionado</translation>
    </message>
    <message>
        <source>Earlier state</source>
        <translation>Estado anterior</translation>
    </message>
    <message>
        <source>Select a change to see what it replaced.</source>
        <translation>Seleccione un cambio para ver lo que reemplazó.</translation>
    </message>
    <message>
        <source>%1, by %2: %3</source>
        <translation>%1, por %2: %3</translation>
    </message>
</context>
<context>
    <name>pamoja::IdeaGrouper</name>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Shared concepts: %1</source>
        <translation>Conceptos compartidos: %1</translation>
    </message>
    <message>
        <source>Shared words: %1</source>
        <translation>Palabras compartidas: %1</translation>
    </message>
    <message>
        <source>Similar wording</source>
        <translation>Redacción similar</translation>
    </message>
</context>
<context>
    <name>pamoja::IdeaImport</name>
    <message>
        <source>The file has more than %1 ideas; split it into smaller files.</source>
        <translation>El archivo tiene más de %1 ideas; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>No column holds the ideas: name one &quot;Idea&quot; or &quot;Text&quot;, or choose the column in the import preview.</source>
        <translation>Ninguna columna contiene las ideas: llame a una &quot;Idea&quot; o &quot;Text&quot;, o elija la columna en la vista previa de la importación.</translation>
    </message>
    <message>
        <source>The chosen idea column %1 is not in the file, which has %2 columns.</source>
        <translation>La columna de ideas elegida, %1, no está en el archivo, que tiene %2 columnas.</translation>
    </message>
    <message>
        <source>A chosen column is not in the file, which has %1 columns.</source>
        <translation>Una de las columnas elegidas no está en el archivo, que tiene %1 columnas.</translation>
    </message>
    <message>
        <source>Line %1, column %2: &quot;%3&quot; is not a step (1, 2 or 3, or its name).</source>
        <translation>Línea %1, columna %2: &quot;%3&quot; no es un paso (1, 2 o 3, o su nombre).</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texto sin formato</translation>
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
        <translation>Exportación de taller de Pamoja (JSON)</translation>
    </message>
    <message>
        <source>Pamoja workshop file</source>
        <translation>Archivo de taller de Pamoja</translation>
    </message>
    <message>
        <source>ZIP container (XLSX, ODS or DOCX)</source>
        <translation>Contenedor ZIP (XLSX, ODS o DOCX)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The file is larger than 32 MB; split it into smaller files.</source>
        <translation>El archivo ocupa más de 32 MB; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>This is a Pamoja workshop file, not a list of ideas; merge it into the workshop instead.</source>
        <translation>Este es un archivo de taller de Pamoja, no una lista de ideas; en su lugar, fusiónelo con el taller.</translation>
    </message>
    <message>
        <source>This is a Pamoja workshop export; import it as a workshop (pamoja import), not as a list of ideas.</source>
        <translation>Esta es una exportación de taller de Pamoja; impórtela como taller (pamoja import), no como lista de ideas.</translation>
    </message>
    <message>
        <source>The file holds no ideas.</source>
        <translation>El archivo no contiene ideas.</translation>
    </message>
    <message>
        <source>There is no step %1.</source>
        <translation>No existe el paso %1.</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>Línea %1: %2 No se importó nada.</translation>
    </message>
    <message>
        <source>Not on the roster, so their ideas are imported without a name: %1.</source>
        <translation>No están en la lista de participantes, así que sus ideas se importan sin nombre: %1.</translation>
    </message>
    <message>
        <source>Not a known constituency, left empty: %1.</source>
        <translation>Grupo de pertenencia desconocido, se deja vacío: %1.</translation>
    </message>
    <message>
        <source>No prompt with this text, so the ideas go to the step&apos;s first prompt: %1.</source>
        <translation>No hay ninguna pregunta con este texto, así que las ideas van a la primera pregunta del paso: %1.</translation>
    </message>
    <message>
        <source>XLSX spreadsheet</source>
        <translation>hoja de cálculo XLSX</translation>
    </message>
    <message>
        <source>This is a ZIP container but not an XLSX workbook (perhaps ODS or DOCX): save the sheet as XLSX or CSV.</source>
        <translation>Es un contenedor ZIP pero no un libro XLSX (quizá ODS o DOCX): guarde la hoja como XLSX o CSV.</translation>
    </message>
    <message>
        <source>contribution packet</source>
        <translation>paquete de aportes</translation>
    </message>
    <message>
        <source>This is a contribution packet from the offline form; import it as a packet (pamoja import), not as a list of ideas.</source>
        <translation>Este es un paquete de aportes del formulario sin conexión; impórtelo como paquete (pamoja import), no como lista de ideas.</translation>
    </message>
</context>
<context>
    <name>pamoja::ImportIdeasDialog</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Import Ideas</source>
        <translation>Importar ideas</translation>
    </message>
    <message>
        <source>Columns holding ideas</source>
        <translation>Columnas con ideas</translation>
    </message>
    <message>
        <source>&amp;Ideas from:</source>
        <translation>&amp;Ideas de:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>C&amp;onstituency:</source>
        <translation>C&amp;onstituencia:</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>Pa&amp;so:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>Step for ideas that name none</source>
        <translation>Paso para las ideas que no indican ninguno</translation>
    </message>
    <message>
        <source>Ideas that name no step go to:</source>
        <translation>Las ideas sin paso van a:</translation>
    </message>
    <message>
        <source>Preview of the ideas to import</source>
        <translation>Vista previa de las ideas que se importarán</translation>
    </message>
    <message>
        <source>Import messages</source>
        <translation>Mensajes de la importación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The file is larger than 32 MB; split it into smaller files.</source>
        <translation>El archivo supera los 32 MB; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Constituencia</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot be imported.</source>
        <translation>No se puede importar &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, %3. %n idea(s) to import.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2, %3. %n idea para importar.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2, %3. %n ideas para importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <source>The preview shows the first %1 ideas; all %2 are imported.</source>
        <translation>La vista previa muestra las %1 primeras ideas; se importan las %2.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n idea(s)</source>
        <translation>
            <numerusform>Importar %n idea</numerusform>
            <numerusform>Importar %n ideas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported; the message bar says why.</source>
        <translation>No se importó nada; la barra de mensajes indica por qué.</translation>
    </message>
</context>
<context>
    <name>pamoja::Interventions</name>
    <message>
        <source>edit</source>
        <translation>edición</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>fusión</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>ocultación</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>eliminación</translation>
    </message>
    <message>
        <source>vote reset</source>
        <translation>reinicio de votos</translation>
    </message>
    <message>
        <source>anonymity change</source>
        <translation>cambio de anonimato</translation>
    </message>
    <message>
        <source>%1 %2: did not exist before.</source>
        <translation>%1 %2: no existía antes.</translation>
    </message>
    <message>
        <source>%1 %2 was: %3</source>
        <translation>%1 %2 era: %3</translation>
    </message>
    <message>
        <source>%1 %2 (removed) was: %3</source>
        <translation>%1 %2 (eliminado) era: %3</translation>
    </message>
</context>
<context>
    <name>pamoja::JoinInfoOverlay</name>
    <message>
        <source>How to join</source>
        <translation>Cómo unirse</translation>
    </message>
    <message>
        <source>Scan the QR code or open %1 and enter the code %2</source>
        <translation>Escanee el código QR o abra %1 e introduzca el código %2</translation>
    </message>
</context>
<context>
    <name>pamoja::Languages</name>
    <message>
        <source>Afrikaans</source>
        <translation>afrikáans</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>catalán</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Esperanto</source>
        <translation>esperanto</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>euskera</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Galician</source>
        <translation>gallego</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>neerlandés</translation>
    </message>
    <message>
        <source>Occitan</source>
        <translation>occitano</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>rumano</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>suajili</translation>
    </message>
</context>
<context>
    <name>pamoja::LivePanel</name>
    <message>
        <source>Live session status</source>
        <translation>Estado de la sesión en vivo</translation>
    </message>
    <message>
        <source>Join at</source>
        <translation>Unirse en</translation>
    </message>
    <message>
        <source>Join address</source>
        <translation>Dirección para unirse</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Código para unirse</translation>
    </message>
    <message>
        <source>Connected devices</source>
        <translation>Dispositivos conectados</translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation>&amp;Copiar dirección</translation>
    </message>
    <message>
        <source>Copy the join address</source>
        <translation>Copiar la dirección para unirse</translation>
    </message>
    <message>
        <source>P&amp;ause Submissions</source>
        <translation>P&amp;ausar envíos</translation>
    </message>
    <message>
        <source>Pause submissions from devices</source>
        <translation>Pausar los envíos desde los dispositivos</translation>
    </message>
    <message>
        <source>Show in &amp;Presenter</source>
        <translation>Mostrar en la vista de &amp;presentación</translation>
    </message>
    <message>
        <source>Show the QR code and join code in the presenter view</source>
        <translation>Mostrar el código QR y el código para unirse en la vista de presentación</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Stop the live session</source>
        <translation>Detener la sesión en vivo</translation>
    </message>
    <message>
        <source>&amp;Hold device ideas for my approval</source>
        <translation>&amp;Retener las ideas de los dispositivos hasta que yo las apruebe</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Pendientes de aprobación</translation>
    </message>
    <message>
        <source>Ideas waiting for approval</source>
        <translation>Ideas pendientes de aprobación</translation>
    </message>
    <message>
        <source>Enter approves the selected ideas, Delete rejects them</source>
        <translation>Enter aprueba las ideas seleccionadas; Supr las rechaza</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;probar</translation>
    </message>
    <message>
        <source>Approve the selected ideas</source>
        <translation>Aprobar las ideas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Reject the selected ideas</source>
        <translation>Rechazar las ideas seleccionadas</translation>
    </message>
    <message>
        <source>Approve A&amp;ll</source>
        <translation>Aprobar &amp;todas</translation>
    </message>
    <message>
        <source>Approve every waiting idea</source>
        <translation>Aprobar todas las ideas pendientes</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Devices that joined</source>
        <translation>Dispositivos que se han unido</translation>
    </message>
    <message>
        <source>&amp;Block Device</source>
        <translation>&amp;Bloquear dispositivo</translation>
    </message>
    <message>
        <source>Block the selected device</source>
        <translation>Bloquear el dispositivo seleccionado</translation>
    </message>
    <message>
        <source>Publish &amp;Report…</source>
        <translation>Publicar el &amp;informe…</translation>
    </message>
    <message>
        <source>Publish the report for participants</source>
        <translation>Publicar el informe para los participantes</translation>
    </message>
    <message>
        <source>Res&amp;ume Submissions</source>
        <translation>Re&amp;anudar envíos</translation>
    </message>
    <message>
        <source>Resume submissions from devices</source>
        <translation>Reanudar los envíos desde los dispositivos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, blocked</source>
        <translation>%1, bloqueado</translation>
    </message>
    <message>
        <source>%1, away</source>
        <translation>%1, ausente</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) connected</source>
        <translation>
            <numerusform>%n dispositivo conectado</numerusform>
            <numerusform>%n dispositivos conectados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Waiting for approval (%1)</source>
        <translation>Pendientes de aprobación (%1)</translation>
    </message>
    <message>
        <source>Report published for participants (%1).</source>
        <translation>Informe publicado para los participantes (%1).</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <source>The live session is off.</source>
        <translation>La sesión en vivo está desactivada.</translation>
    </message>
    <message numerus="yes">
        <source>Live: %n device(s) connected.</source>
        <translation>
            <numerusform>En vivo: %n dispositivo conectado.</numerusform>
            <numerusform>En vivo: %n dispositivos conectados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused: devices cannot send ideas (%n connected).</source>
        <translation>
            <numerusform>En pausa: los dispositivos no pueden enviar ideas (%n conectado).</numerusform>
            <numerusform>En pausa: los dispositivos no pueden enviar ideas (%n conectados).</numerusform>
        </translation>
    </message>
    <message>
        <source>The live session stopped.</source>
        <translation>La sesión en vivo se detuvo.</translation>
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
        <translation>El formulario no es UTF-8 válido.</translation>
    </message>
    <message>
        <source>The form field &quot;%1&quot; appears twice.</source>
        <translation>El campo de formulario &quot;%1&quot; aparece dos veces.</translation>
    </message>
    <message>
        <source>No such language.</source>
        <translation>Ese idioma no existe.</translation>
    </message>
    <message>
        <source>Too many attempts to join; wait a moment.</source>
        <translation>Demasiados intentos de unirse; espera un momento.</translation>
    </message>
    <message>
        <source>Join the session first.</source>
        <translation>Primero únete a la sesión.</translation>
    </message>
    <message>
        <source>This device was removed from the session.</source>
        <translation>Este dispositivo fue retirado de la sesión.</translation>
    </message>
    <message>
        <source>This address is a WebSocket.</source>
        <translation>Esta dirección es un WebSocket.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>No encontrado.</translation>
    </message>
    <message>
        <source>Send JSON (Content-Type: application/json).</source>
        <translation>Envíe JSON (Content-Type: application/json).</translation>
    </message>
    <message>
        <source>Use POST.</source>
        <translation>Use POST.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Unknown language code.</source>
        <translation>Código de idioma desconocido.</translation>
    </message>
    <message>
        <source>That join code is not right. Check the code on the screen.</source>
        <translation>Ese código no es correcto. Revisa el código en la pantalla.</translation>
    </message>
    <message>
        <source>The request lacks its session token.</source>
        <translation>A la solicitud le falta su token de sesión.</translation>
    </message>
    <message>
        <source>Use GET.</source>
        <translation>Use GET.</translation>
    </message>
    <message>
        <source>No such idea.</source>
        <translation>Esa idea no existe.</translation>
    </message>
    <message>
        <source>Use PATCH or DELETE.</source>
        <translation>Use PATCH o DELETE.</translation>
    </message>
    <message>
        <source>Use PUT.</source>
        <translation>Use PUT.</translation>
    </message>
    <message>
        <source>Send a form.</source>
        <translation>Envíe un formulario.</translation>
    </message>
    <message>
        <source>Could not join.</source>
        <translation>No se pudo unir.</translation>
    </message>
    <message>
        <source>The form has expired; reload the page.</source>
        <translation>El formulario ha caducado; vuelve a cargar la página.</translation>
    </message>
    <message>
        <source>The vote form does not match the round; reload the page.</source>
        <translation>El formulario de votación no corresponde a la ronda; vuelve a cargar la página.</translation>
    </message>
    <message>
        <source>The report has not been published yet.</source>
        <translation>El informe todavía no se ha publicado.</translation>
    </message>
    <message>
        <source>The facilitator has paused contributions for a moment.</source>
        <translation>El facilitador ha pausado los aportes por un momento.</translation>
    </message>
    <message>
        <source>Slow down a little; try again in a few seconds.</source>
        <translation>Ve un poco más despacio; inténtalo de nuevo en unos segundos.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>That id belongs to another idea.</source>
        <translation>Ese identificador pertenece a otra idea.</translation>
    </message>
    <message>
        <source>Idea from a participant&apos;s device</source>
        <translation>Idea desde el dispositivo de un participante</translation>
    </message>
    <message>
        <source>The idea could not be saved; please try again.</source>
        <translation>No se pudo guardar la idea; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>No such idea of yours.</source>
        <translation>No tienes ninguna idea así.</translation>
    </message>
    <message>
        <source>This idea is already on the board and can no longer be changed.</source>
        <translation>Esta idea ya está en el tablero y ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>An idea needs some text.</source>
        <translation>Una idea debe tener texto.</translation>
    </message>
    <message>
        <source>A participant edited their idea</source>
        <translation>Un participante editó su idea</translation>
    </message>
    <message>
        <source>The change could not be saved; please try again.</source>
        <translation>No se pudo guardar el cambio; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>This idea is already on the board and can no longer be withdrawn.</source>
        <translation>Esta idea ya está en el tablero y ya no se puede retirar.</translation>
    </message>
    <message>
        <source>A participant withdrew their idea</source>
        <translation>Un participante retiró su idea</translation>
    </message>
    <message>
        <source>This voting round is closed.</source>
        <translation>Esta ronda de votación está cerrada.</translation>
    </message>
    <message>
        <source>That item is not part of this voting round.</source>
        <translation>Ese elemento no forma parte de esta ronda de votación.</translation>
    </message>
    <message>
        <source>Dots from a participant&apos;s device</source>
        <translation>Puntos desde el dispositivo de un participante</translation>
    </message>
    <message>
        <source>Your dots could not be saved; please try again.</source>
        <translation>No se pudieron guardar tus puntos; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The live session is already running.</source>
        <translation>La sesión en vivo ya está en marcha.</translation>
    </message>
    <message>
        <source>The workshop is open read-only; participants&apos; ideas could not be saved.</source>
        <translation>El taller está abierto en modo de solo lectura; no se pudieron guardar las ideas de los participantes.</translation>
    </message>
    <message>
        <source>A join code is 6 characters from %1.</source>
        <translation>Un código para unirse tiene 6 caracteres de entre %1.</translation>
    </message>
    <message>
        <source>Could not start the live session on %1 port %2: %3</source>
        <translation>No se pudo iniciar la sesión en vivo en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>That idea is no longer waiting for approval.</source>
        <translation>Esa idea ya no está pendiente de aprobación.</translation>
    </message>
    <message>
        <source>Approve a participant&apos;s idea</source>
        <translation>Aprobar la idea de un participante</translation>
    </message>
    <message>
        <source>Reject a participant&apos;s idea</source>
        <translation>Rechazar la idea de un participante</translation>
    </message>
    <message>
        <source>This session is full.</source>
        <translation>Esta sesión está completa.</translation>
    </message>
    <message>
        <source>Please enter your name, or join anonymously.</source>
        <translation>Escribe tu nombre o únete de forma anónima.</translation>
    </message>
    <message>
        <source>This workshop asks everyone to give their name.</source>
        <translation>En este taller, todos deben dar su nombre.</translation>
    </message>
    <message>
        <source>Unknown constituency &quot;%1&quot;.</source>
        <translation>Grupo de pertenencia desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participante %1</translation>
    </message>
    <message>
        <source>Someone has already joined with the name &quot;%1&quot;; please add something to tell you apart.</source>
        <translation>Alguien ya se unió con el nombre &quot;%1&quot;; agrega algo para distinguirte.</translation>
    </message>
    <message>
        <source>A participant joined from a device</source>
        <translation>Un participante se unió desde un dispositivo</translation>
    </message>
    <message>
        <source>A change from a participant&apos;s device could not be saved: %1</source>
        <translation>No se pudo guardar un cambio desde el dispositivo de un participante: %1</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>El cuerpo debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>The body is not valid JSON.</source>
        <translation>El cuerpo no es JSON válido.</translation>
    </message>
    <message>
        <source>The body has data after the JSON object.</source>
        <translation>El cuerpo tiene datos después del objeto JSON.</translation>
    </message>
    <message>
        <source>The body contains an unpaired surrogate.</source>
        <translation>El cuerpo contiene un sustituto (surrogate) sin pareja.</translation>
    </message>
    <message>
        <source>The body is nested too deeply.</source>
        <translation>El cuerpo tiene demasiados niveles de anidamiento.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice.</source>
        <translation>La clave &quot;%1&quot; aparece dos veces.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena de texto</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>an id (UUID)</source>
        <translation>un identificador (UUID)</translation>
    </message>
    <message>
        <source>The body is not valid UTF-8.</source>
        <translation>El cuerpo no es UTF-8 válido.</translation>
    </message>
    <message>
        <source>The body must not start with a byte order mark.</source>
        <translation>El cuerpo no debe empezar con una marca de orden de bytes.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Campo desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>Falta el campo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be %2.</source>
        <translation>El campo &quot;%1&quot; debe ser %2.</translation>
    </message>
    <message>
        <source>The %1 is too long (at most %2 characters).</source>
        <translation>El %1 es demasiado largo (máximo %2 caracteres).</translation>
    </message>
    <message>
        <source>The %1 contains control characters.</source>
        <translation>El %1 contiene caracteres de control.</translation>
    </message>
    <message>
        <source>The %1 contains text-direction controls; please type it without them.</source>
        <translation>El %1 contiene caracteres de control de la dirección del texto; escríbelo sin ellos.</translation>
    </message>
    <message>
        <source>The %1 contains invalid characters.</source>
        <translation>El %1 contiene caracteres no válidos.</translation>
    </message>
    <message>
        <source>The shared session table could not be written: %1</source>
        <translation>No se pudo escribir la tabla de sesiones compartida: %1</translation>
    </message>
</context>
<context>
    <name>pamoja::LiveSession</name>
    <message>
        <source>Start &amp;Live Session…</source>
        <translation>Iniciar sesión en &amp;vivo…</translation>
    </message>
    <message>
        <source>Let participants join from their own phones on this network</source>
        <translation>Permitir que los participantes se unan desde sus propios teléfonos en esta red</translation>
    </message>
    <message>
        <source>St&amp;op Live Session</source>
        <translation>De&amp;tener la sesión en vivo</translation>
    </message>
    <message>
        <source>P&amp;ause Device Submissions</source>
        <translation>P&amp;ausar los envíos de los dispositivos</translation>
    </message>
    <message>
        <source>Show &amp;Join Code in Presenter</source>
        <translation>Mostrar el código para &amp;unirse en la vista de presentación</translation>
    </message>
    <message>
        <source>Show the QR code and the join code to the room</source>
        <translation>Mostrar a la sala el código QR y el código para unirse</translation>
    </message>
    <message>
        <source>Live Session &amp;Panel</source>
        <translation>&amp;Panel de la sesión en vivo</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Sesión en vivo</translation>
    </message>
    <message>
        <source>Open a workshop first: devices add their ideas to the open workshop.</source>
        <translation>Abra primero un taller: los dispositivos agregan sus ideas al taller abierto.</translation>
    </message>
    <message>
        <source>This workshop is open read-only, so devices could not add anything. Close the other Pamoja that has it open, then open it here again.</source>
        <translation>Este taller está abierto en modo de solo lectura, así que los dispositivos no podrían agregar nada. Cierre el otro Pamoja que lo tiene abierto y vuelva a abrirlo aquí.</translation>
    </message>
    <message>
        <source>Port %1 is already in use on this computer, perhaps by another Pamoja or another program. Choose another port, such as %2.</source>
        <translation>El puerto %1 ya está en uso en este equipo, quizá por otro Pamoja u otro programa. Elija otro puerto, como el %2.</translation>
    </message>
    <message>
        <source>Stop Live Session</source>
        <translation>Detener la sesión en vivo</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) from devices still wait for your approval. They stay in the workshop, hidden; you can reveal them from the board later. Stop the live session?</source>
        <translation>
            <numerusform>%n idea de los dispositivos sigue pendiente de su aprobación. Permanecerá en el taller, oculta; podrá revelarla más tarde desde el tablero. ¿Detener la sesión en vivo?</numerusform>
            <numerusform>%n ideas de los dispositivos siguen pendientes de su aprobación. Permanecerán en el taller, ocultas; podrá revelarlas más tarde desde el tablero. ¿Detener la sesión en vivo?</numerusform>
        </translation>
    </message>
    <message>
        <source>The live session stopped: devices cannot reach it. Start it again from the Session menu.</source>
        <translation>La sesión en vivo se detuvo: los dispositivos no pueden acceder a ella. Vuelva a iniciarla desde el menú Sesión.</translation>
    </message>
    <message>
        <source>Live session stopped</source>
        <translation>Sesión en vivo detenida</translation>
    </message>
    <message numerus="yes">
        <source>Live, paused: %n device(s)</source>
        <translation>
            <numerusform>En vivo, en pausa: %n dispositivo</numerusform>
            <numerusform>En vivo, en pausa: %n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live: %n device(s) connected</source>
        <translation>
            <numerusform>En vivo: %n dispositivo conectado</numerusform>
            <numerusform>En vivo: %n dispositivos conectados</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>Publish Report</source>
        <translation>Publicar el informe</translation>
    </message>
    <message>
        <source>Make the PDF report (%1) and let every device in the session download it? Anonymous ideas carry no name; names appear only where participants agreed.</source>
        <translation>¿Generar el informe PDF (%1) y permitir que todos los dispositivos de la sesión lo descarguen? Las ideas anónimas no llevan nombre; los nombres solo aparecen cuando los participantes lo aceptaron.</translation>
    </message>
    <message>
        <source>There is no room for the report in the temporary folder.</source>
        <translation>No hay espacio para el informe en la carpeta temporal.</translation>
    </message>
    <message>
        <source>The live session stopped before the report was ready.</source>
        <translation>La sesión en vivo se detuvo antes de que el informe estuviera listo.</translation>
    </message>
    <message>
        <source>The report is ready for the devices.</source>
        <translation>El informe está listo para los dispositivos.</translation>
    </message>
</context>
<context>
    <name>pamoja::LiveSessionDialog</name>
    <message>
        <source>Start Live Session</source>
        <translation>Iniciar sesión en vivo</translation>
    </message>
    <message>
        <source>Participants join from their own phones or laptops on the same network: no internet, no install, no account. Pick the network they are on.</source>
        <translation>Los participantes se unen desde sus propios teléfonos o portátiles en la misma red: sin internet, sin instalar nada, sin cuenta. Elija la red en la que están.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Red:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Moderate: ideas from devices wait for my approval</source>
        <translation>&amp;Moderar: las ideas de los dispositivos esperan mi aprobación</translation>
    </message>
    <message>
        <source>Problem starting the live session</source>
        <translation>Problema al iniciar la sesión en vivo</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start the live session</source>
        <translation>Iniciar la sesión en vivo</translation>
    </message>
    <message>
        <source>Only this computer can reach the session on this address. Connect to the room&apos;s Wi-Fi for phones to join.</source>
        <translation>Solo este equipo puede acceder a la sesión en esta dirección. Conéctese al wifi de la sala para que los teléfonos puedan unirse.</translation>
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
        <translation>%1, solo este equipo</translation>
    </message>
    <message>
        <source>%1, not connected</source>
        <translation>%1, no conectada</translation>
    </message>
    <message>
        <source>There is no network address to listen on.</source>
        <translation>No hay ninguna dirección de red en la que escuchar.</translation>
    </message>
</context>
<context>
    <name>pamoja::Main</name>
    <message>
        <source>pamoja: no display found. Run it on a desktop, under a virtual display (xvfb-run pamoja FILE), or with QT_QPA_PLATFORM=offscreen for a headless start. The subcommands (pamoja help) need no display.
</source>
        <translation>pamoja: no se encontró ninguna pantalla. Ejecútelo en un escritorio, en una pantalla virtual (xvfb-run pamoja ARCHIVO) o con QT_QPA_PLATFORM=offscreen para iniciarlo sin interfaz gráfica. Los subcomandos (pamoja help) no necesitan pantalla.
</translation>
    </message>
    <message>
        <source>Envisioning workshops, together.</source>
        <translation>Talleres para imaginar juntos.</translation>
    </message>
    <message>
        <source>A workshop file to open.</source>
        <translation>Un archivo de taller para abrir.</translation>
    </message>
    <message>
        <source>pamoja: the interface language &quot;%1&quot; could not be loaded; continuing in English.
</source>
        <translation>pamoja: no se pudo cargar el idioma de la interfaz &quot;%1&quot;; se continúa en inglés.
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
        <translation>Solo lectura: este taller está abierto en otra instancia de Pamoja o no se puede escribir. Puede consultarlo, pero aquí no se pueden hacer cambios.</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Aviso de solo lectura</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Open a workshop or create a new one to begin. You can also drop a .pamoja file here.</source>
        <translation>Abra un taller o cree uno nuevo para empezar. También puede soltar aquí un archivo .pamoja.</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Nuevo taller…</translation>
    </message>
    <message>
        <source>&amp;Open Workshop…</source>
        <translation>A&amp;brir taller…</translation>
    </message>
    <message>
        <source>Create a new workshop</source>
        <translation>Crear un nuevo taller</translation>
    </message>
    <message>
        <source>Open a workshop file</source>
        <translation>Abrir un archivo de taller</translation>
    </message>
    <message>
        <source>Board or outline</source>
        <translation>Tablero o esquema</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tablero</translation>
    </message>
    <message>
        <source>Ou&amp;tline</source>
        <translation>Esque&amp;ma</translation>
    </message>
    <message>
        <source>Search ideas (Ctrl+F)</source>
        <translation>Buscar ideas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search ideas</source>
        <translation>Buscar ideas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [solo lectura]</translation>
    </message>
    <message>
        <source>%1 — Pamoja</source>
        <translation>%1 — Pamoja</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>&amp;Close Workshop</source>
        <translation>Cerrar el &amp;taller</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find Ideas</source>
        <translation>&amp;Buscar ideas</translation>
    </message>
    <message>
        <source>Capture an &amp;Idea</source>
        <translation>Capturar una &amp;idea</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Step &amp;%1</source>
        <translation>Paso &amp;%1</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Presenter View</source>
        <translation>&amp;Vista de presentación</translation>
    </message>
    <message>
        <source>Show the prompt, timer and revealed ideas in a second window for the room</source>
        <translation>Mostrar la pregunta, el temporizador y las ideas reveladas en una segunda ventana para la sala</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Private Writing</source>
        <translation>&amp;Escritura en privado</translation>
    </message>
    <message>
        <source>New ideas stay hidden from the board until you reveal them</source>
        <translation>Las ideas nuevas permanecen ocultas en el tablero hasta que usted las revele</translation>
    </message>
    <message>
        <source>&amp;Reveal Hidden Ideas</source>
        <translation>&amp;Revelar las ideas ocultas</translation>
    </message>
    <message>
        <source>Start or Pause the &amp;Timer</source>
        <translation>Iniciar o pausar el &amp;temporizador</translation>
    </message>
    <message>
        <source>R&amp;eset the Timer</source>
        <translation>Re&amp;iniciar el temporizador</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Pamoja</source>
        <translation>&amp;Acerca de Pamoja</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>Turn private writing on</source>
        <translation>Activar la escritura en privado</translation>
    </message>
    <message>
        <source>Turn private writing off</source>
        <translation>Desactivar la escritura en privado</translation>
    </message>
    <message>
        <source>About Pamoja</source>
        <translation>Acerca de Pamoja</translation>
    </message>
    <message>
        <source>Pamoja %1: envisioning workshops for balanced partnerships between Northern and Southern civil-society organisations.</source>
        <translation>Pamoja %1: talleres para imaginar alianzas equilibradas entre organizaciones de la sociedad civil del Norte y del Sur.</translation>
    </message>
    <message>
        <source>Workshop in Use</source>
        <translation>Taller en uso</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You can look at everything but not change it.</source>
        <translation>%1

¿Abrirlo en modo de solo lectura? Podrá consultarlo todo, pero no modificarlo.</translation>
    </message>
    <message>
        <source>Open Workshop</source>
        <translation>Abrir taller</translation>
    </message>
    <message>
        <source>Pamoja workshops (*.pamoja);;All files (*)</source>
        <translation>Talleres de Pamoja (*.pamoja);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 - copia</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Pamoja workshops (*.pamoja)</source>
        <translation>Talleres de Pamoja (*.pamoja)</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>Se guardó una copia como %1.</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>No hay talleres recientes</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Workshop Settings…</source>
        <translation>&amp;Configuración del taller…</translation>
    </message>
    <message>
        <source>&amp;Quick Capture Window</source>
        <translation>Ventana de captura &amp;rápida</translation>
    </message>
    <message>
        <source>Import &amp;Ideas…</source>
        <translation>Importar &amp;ideas…</translation>
    </message>
    <message>
        <source>Import Ideas</source>
        <translation>Importar ideas</translation>
    </message>
    <message>
        <source>Lists of ideas (*.txt *.md *.markdown *.csv *.tsv *.xlsx);;All files (*)</source>
        <translation>Listas de ideas (*.txt *.md *.markdown *.csv *.tsv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Contribution &amp;Form…</source>
        <translation>Exportar f&amp;ormulario de aportes…</translation>
    </message>
    <message>
        <source>Import Contribution &amp;Packet…</source>
        <translation>Importar &amp;paquete de aportes…</translation>
    </message>
    <message>
        <source>%1 contribution form</source>
        <translation>%1 - formulario de aportes</translation>
    </message>
    <message>
        <source>Export Contribution Form</source>
        <translation>Exportar formulario de aportes</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>The contribution form was saved as %1. Send it to participants; they send back a contribution packet to import.</source>
        <translation>El formulario de aportes se guardó como %1. Envíelo a los participantes; ellos le devolverán un paquete de aportes para importar.</translation>
    </message>
    <message>
        <source>Import Contribution Packet</source>
        <translation>Importar paquete de aportes</translation>
    </message>
    <message>
        <source>Contribution packets (*.txt *.eml);;All files (*)</source>
        <translation>Paquetes de aportes (*.txt *.eml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open the workshop the contribution packet is for first, then import it.</source>
        <translation>Abra primero el taller al que corresponde el paquete de aportes y luego impórtelo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 No se importó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to import: the %n idea(s) of this contribution packet are already in the workshop.</source>
        <translation>
            <numerusform>No hay nada que importar: este paquete de aportes tiene %n idea y ya está en el taller.</numerusform>
            <numerusform>No hay nada que importar: este paquete de aportes tiene %n ideas y ya están todas en el taller.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contribution packet %1</source>
        <translation>Importar el paquete de aportes %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n idea(s) from the contribution packet.</source>
        <translation>
            <numerusform>Se importó %n idea del paquete de aportes.</numerusform>
            <numerusform>Se importaron %n ideas del paquete de aportes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in the workshop.</source>
        <translation>
            <numerusform>%n ya estaba en el taller.</numerusform>
            <numerusform>%n ya estaban en el taller.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Workshop &amp;Data (JSON)…</source>
        <translation>Importar &amp;datos de un taller (JSON)…</translation>
    </message>
    <message>
        <source>Import Workshop Data</source>
        <translation>Importar datos de un taller</translation>
    </message>
    <message>
        <source>Pamoja JSON exports (*.json);;All files (*)</source>
        <translation>Exportaciones JSON de Pamoja (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open the workshop to import into first, then import the JSON export.</source>
        <translation>Abra primero el taller en el que quiere importar y luego importe la exportación JSON.</translation>
    </message>
    <message>
        <source>%1 is too large to be a Pamoja workshop export. Nothing was imported.</source>
        <translation>%1 es demasiado grande para ser una exportación de taller de Pamoja. No se importó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to import: the %n item(s) of %1 are already in this workshop.</source>
        <translation>
            <numerusform>Nada que importar: el %n elemento de %1 ya está en este taller.</numerusform>
            <numerusform>Nada que importar: los %n elementos de %1 ya están en este taller.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n new item(s) from %1 into this workshop?</source>
        <translation>
            <numerusform>¿Importar %n elemento nuevo de %1 a este taller?</numerusform>
            <numerusform>¿Importar %n elementos nuevos de %1 a este taller?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are already here and stay as they are.</source>
        <translation>
            <numerusform>%n elemento ya está aquí y queda como está.</numerusform>
            <numerusform>%n elementos ya están aquí y quedan como están.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo the import with Edit &gt; Undo.</source>
        <translation>Puede deshacer la importación con Editar &gt; Deshacer.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from %1.</source>
        <translation>
            <numerusform>Se importó %n elemento de %1.</numerusform>
            <numerusform>Se importaron %n elementos de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Detect &amp;Languages</source>
        <translation>Detectar &amp;idiomas</translation>
    </message>
    <message>
        <source>Fill in the language of ideas that have none, where the text makes it clear; a language someone gave is kept</source>
        <translation>Completar el idioma de las ideas que no lo tienen, cuando el texto lo deja claro; un idioma indicado por alguien se conserva</translation>
    </message>
    <message>
        <source>No language detected: the %1 ideas without one are too short or too mixed to tell.</source>
        <translation>No se detectó ningún idioma: las %1 ideas sin idioma son demasiado cortas o mezcladas para saberlo.</translation>
    </message>
    <message>
        <source>Every idea&apos;s language is known.</source>
        <translation>Se conoce el idioma de cada idea.</translation>
    </message>
    <message>
        <source>Detect languages</source>
        <translation>Detectar idiomas</translation>
    </message>
    <message>
        <source>Detected the language of %1 of %2 ideas without one.</source>
        <translation>Se detectó el idioma de %1 de las %2 ideas que no lo tenían.</translation>
    </message>
    <message>
        <source>&amp;Merge Workshop…</source>
        <translation>F&amp;usionar un taller…</translation>
    </message>
    <message>
        <source>Show Only Ideas &amp;Flagged for Review</source>
        <translation>Mostrar solo las ideas &amp;marcadas para revisión</translation>
    </message>
    <message>
        <source>Merge Workshop</source>
        <translation>Fusionar un taller</translation>
    </message>
    <message>
        <source>%1 holds nothing this workshop does not have already.</source>
        <translation>%1 no contiene nada que este taller no tenga ya.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 in %2 has the name and organisation of a participant already in this workshop.

Are they the same person? Yes: one participant. No: keep them separate.</source>
        <translation>%1 en %2 tiene el nombre y la organización de un participante que ya está en este taller.

¿Son la misma persona? Sí: un solo participante. No: mantenerlos por separado.</translation>
    </message>
    <message>
        <source>Merging %1 into this workshop:</source>
        <translation>Fusión de %1 en este taller:</translation>
    </message>
    <message>
        <source>Merge now? Edit &gt; Undo takes the whole merge back.</source>
        <translation>¿Fusionar ahora? Editar &gt; Deshacer revierte toda la fusión.</translation>
    </message>
    <message>
        <source>Merged %1: %2 added, %3 updated, %4 removed, %5 flagged for review.</source>
        <translation>Fusión de %1 completada. Agregados: %2; actualizados: %3; eliminados: %4; ideas marcadas para revisión: %5.</translation>
    </message>
    <message>
        <source>&amp;Translate Ideas…</source>
        <translation>&amp;Traducir ideas…</translation>
    </message>
    <message>
        <source>Machine translation beside each idea, with Apertium, on this computer</source>
        <translation>Traducción automática junto a cada idea, con Apertium, en este equipo</translation>
    </message>
    <message>
        <source>Edit T&amp;ranslation…</source>
        <translation>&amp;Editar traducción…</translation>
    </message>
    <message>
        <source>Show &amp;Translations</source>
        <translation>Mostrar tra&amp;ducciones</translation>
    </message>
    <message>
        <source>Show each idea&apos;s translation under its words on the board, in the outline and in the presenter view</source>
        <translation>Mostrar la traducción de cada idea bajo sus palabras en el tablero, en el esquema y en la vista de presentación</translation>
    </message>
    <message>
        <source>Select an idea to edit its translation.</source>
        <translation>Seleccione una idea para editar su traducción.</translation>
    </message>
    <message>
        <source>Open Reposi&amp;tory…</source>
        <translation>A&amp;brir repositorio…</translation>
    </message>
    <message>
        <source>Suggest &amp;Groups…</source>
        <translation>Sugerir &amp;grupos…</translation>
    </message>
    <message>
        <source>Connection to the database</source>
        <translation>Conexión con la base de datos</translation>
    </message>
    <message>
        <source>Reconnect Now</source>
        <translation>Reconectar ahora</translation>
    </message>
    <message>
        <source>Reconnect to the database now</source>
        <translation>Reconectar ahora con la base de datos</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept on this computer until it is back.</source>
        <translation>
            <numerusform>%n cambio conservado en este ordenador hasta que vuelva.</numerusform>
            <numerusform>%n cambios conservados en este ordenador hasta que vuelva.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes are kept on this computer until it is back.</source>
        <translation>Los cambios se conservan en este ordenador hasta que vuelva.</translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n second(s).</source>
        <translation>
            <numerusform>Próximo intento en %n segundo.</numerusform>
            <numerusform>Próximo intento en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Not connected to the database. %1 %2</source>
        <translation>Sin conexión con la base de datos. %1 %2</translation>
    </message>
    <message>
        <source>Changes Not Yet Saved</source>
        <translation>Cambios aún no guardados</translation>
    </message>
    <message numerus="yes">
        <source>The connection to the database is lost, and %n change(s) made since exist only on this computer. Closing the workshop now loses them.

Try to reconnect, save the whole workshop as you see it to a JSON file, or discard them?</source>
        <translation>
            <numerusform>Se perdió la conexión con la base de datos, y %n cambio hecho desde entonces solo existe en este ordenador. Si cierra el taller ahora, se perderá.

¿Intentar reconectar, guardar todo el taller tal como lo ve en un archivo JSON, o descartarlo?</numerusform>
            <numerusform>Se perdió la conexión con la base de datos, y %n cambios hechos desde entonces solo existen en este ordenador. Si cierra el taller ahora, se perderán.

¿Intentar reconectar, guardar todo el taller tal como lo ve en un archivo JSON, o descartarlos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Workshop as JSON</source>
        <translation>Guardar el taller como JSON</translation>
    </message>
    <message>
        <source>Pamoja JSON exports (*.json)</source>
        <translation>Exportaciones JSON de Pamoja (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>pamoja::Merge</name>
    <message>
        <source>Merge workshop %1</source>
        <translation>Fusionar el taller %1</translation>
    </message>
    <message>
        <source>Merge workshops</source>
        <translation>Fusionar talleres</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 removed.</source>
        <translation>Agregados: %1; actualizados: %2; eliminados: %3.</translation>
    </message>
    <message>
        <source>%1 ideas flagged for review.</source>
        <translation>Ideas marcadas para revisión: %1.</translation>
    </message>
    <message>
        <source>%1 participants taken as ones already here (same name and organisation).</source>
        <translation>Participantes considerados como ya existentes (mismo nombre y organización): %1.</translation>
    </message>
    <message>
        <source>%1 history entries learned.</source>
        <translation>Entradas del historial incorporadas: %1.</translation>
    </message>
    <message>
        <source>%1 is not a copy of this workshop (&quot;%2&quot;): only copies of one workshop can be merged.</source>
        <translation>%1 no es una copia de este taller (&quot;%2&quot;): solo se pueden fusionar copias de un mismo taller.</translation>
    </message>
    <message>
        <source>The copies cannot be merged: %1 Nothing was changed.</source>
        <translation>Las copias no se pueden fusionar: %1 No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 no es un archivo legible.</translation>
    </message>
    <message>
        <source>%1 is the workshop being merged into; choose another file.</source>
        <translation>%1 es el taller de destino de la fusión; elija otro archivo.</translation>
    </message>
    <message>
        <source>Could not make a private folder to read %1: %2</source>
        <translation>No se pudo crear una carpeta privada para leer %1: %2</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>No se pudo leer %1.</translation>
    </message>
</context>
<context>
    <name>pamoja::NewWorkshopDialog</name>
    <message>
        <source>New Workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <source>Workshop title</source>
        <translation>Título del taller</translation>
    </message>
    <message>
        <source>Workshop file</source>
        <translation>Archivo del taller</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the workshop file</source>
        <translation>Elegir el archivo del taller</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>taller</translation>
    </message>
    <message>
        <source>Workshop File</source>
        <translation>Archivo del taller</translation>
    </message>
    <message>
        <source>Pamoja workshops (*.pamoja)</source>
        <translation>Talleres de Pamoja (*.pamoja)</translation>
    </message>
    <message>
        <source>Problem with the workshop file</source>
        <translation>Problema con el archivo del taller</translation>
    </message>
    <message>
        <source>Choose a file for the workshop.</source>
        <translation>Elija un archivo para el taller.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another folder with Browse.</source>
        <translation>La carpeta %1 no existe; elija otra carpeta con Examinar.</translation>
    </message>
    <message>
        <source>You cannot save in the folder %1; choose another folder with Browse.</source>
        <translation>No puede guardar en la carpeta %1; elija otra carpeta con Examinar.</translation>
    </message>
</context>
<context>
    <name>pamoja::OpenRepositoryDialog</name>
    <message>
        <source>Open Repository</source>
        <translation>Abrir repositorio</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>From PGPASSWORD or ~/.pgpass when empty</source>
        <translation>De PGPASSWORD o ~/.pgpass si se deja vacío</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Workshops in the database</source>
        <translation>Talleres de la base de datos</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Fecha de creación</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Connect to list the workshops of the database.</source>
        <translation>Conéctese para listar los talleres de la base de datos.</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation>Indique el servidor y la base de datos.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>The database holds no workshops yet. Copy one in with &quot;pamoja copy FILE LOCATION&quot;.</source>
        <translation>La base de datos todavía no contiene talleres. Copie uno en ella con &quot;pamoja copy FILE LOCATION&quot;.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) in the database.</source>
        <translation>
            <numerusform>%n taller en la base de datos.</numerusform>
            <numerusform>%n talleres en la base de datos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection details changed; connect again.</source>
        <translation>Los datos de conexión han cambiado; vuelva a conectar.</translation>
    </message>
</context>
<context>
    <name>pamoja::OutlineModel</name>
    <message numerus="yes">
        <source>%1 (%n idea(s))</source>
        <translation>
            <numerusform>%1 (%n idea)</numerusform>
            <numerusform>%1 (%n ideas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in a cluster (%n idea(s))</source>
        <translation>
            <numerusform>Sin agrupación (%n idea)</numerusform>
            <numerusform>Sin agrupación (%n ideas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ideas not yet in a cluster</source>
        <translation>Ideas aún sin agrupar</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n idea(s)</source>
        <translation>
            <numerusform>%1: %n idea</numerusform>
            <numerusform>%1: %n ideas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 [hidden from the presenter view]</source>
        <translation>%1 [oculta en la vista de presentación]</translation>
    </message>
    <message>
        <source>Original words: %1</source>
        <translation>Palabras originales: %1</translation>
    </message>
    <message>
        <source>Rename cluster to &quot;%1&quot;</source>
        <translation>Cambiar el nombre de la agrupación a &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit an idea&apos;s words</source>
        <translation>Editar las palabras de una idea</translation>
    </message>
    <message>
        <source>Clusters and ideas</source>
        <translation>Agrupaciones e ideas</translation>
    </message>
    <message numerus="yes">
        <source>Move %n idea(s) to another cluster</source>
        <translation>
            <numerusform>Mover %n idea a otra agrupación</numerusform>
            <numerusform>Mover %n ideas a otra agrupación</numerusform>
        </translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <comment>a language Pamoja detected from the idea&apos;s text</comment>
        <translation>%1 (detectado)</translation>
    </message>
</context>
<context>
    <name>pamoja::OutlineView</name>
    <message>
        <source>Outline of clusters and ideas</source>
        <translation>Esquema de agrupaciones e ideas</translation>
    </message>
    <message>
        <source>Each cluster with its ideas. Drag ideas onto another cluster to move them; F2 renames.</source>
        <translation>Cada agrupación con sus ideas. Arrastre ideas a otra agrupación para moverlas; F2 cambia el nombre.</translation>
    </message>
</context>
<context>
    <name>pamoja::OverviewPage</name>
    <message>
        <source>Workshop overview</source>
        <translation>Resumen del taller</translation>
    </message>
    <message>
        <source>Open or create a workshop to see its overview.</source>
        <translation>Abra o cree un taller para ver su resumen.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Agrupaciones</translation>
    </message>
    <message>
        <source>Not yet revealed</source>
        <translation>Aún sin revelar</translation>
    </message>
    <message>
        <source>System changes: %1 · Actions: %2 · Participants: %3</source>
        <translation>Cambios sistémicos: %1 · Acciones: %2 · Participantes: %3</translation>
    </message>
    <message>
        <source>Participation balance</source>
        <translation>Equilibrio de la participación</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Grupo de pertenencia</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>Personas presentes</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>few ideas</source>
        <translation>pocas ideas</translation>
    </message>
    <message>
        <source>few votes</source>
        <translation>pocos votos</translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous idea(s) without a constituency are not counted above.</source>
        <translation>
            <numerusform>%n idea anónima sin grupo de pertenencia no se cuenta arriba.</numerusform>
            <numerusform>%n ideas anónimas sin grupo de pertenencia no se cuentan arriba.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::Packet</name>
    <message>
        <source>The contribution packet is not valid: %1</source>
        <translation>El paquete de aportes no es válido: %1</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing.</source>
        <translation>falta el campo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>there is an unknown field &quot;%1&quot;.</source>
        <translation>hay un campo desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>idea %1</source>
        <translation>idea %1</translation>
    </message>
    <message>
        <source>%1 has an invalid &quot;%2&quot;.</source>
        <translation>%1 tiene un valor no válido en &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 no es un objeto.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>its content is not a JSON object.</source>
        <translation>su contenido no es un objeto JSON.</translation>
    </message>
    <message>
        <source>it is not a contribution (&quot;format&quot;).</source>
        <translation>no es un aporte (&quot;format&quot;).</translation>
    </message>
    <message>
        <source>its content and its header disagree on the version.</source>
        <translation>su contenido y su encabezado no coinciden en la versión.</translation>
    </message>
    <message>
        <source>the workshop&apos;s id is invalid.</source>
        <translation>el id del taller no es válido.</translation>
    </message>
    <message>
        <source>the packet&apos;s id is invalid.</source>
        <translation>el id del paquete no es válido.</translation>
    </message>
    <message>
        <source>the workshop&apos;s title is invalid.</source>
        <translation>el título del taller no es válido.</translation>
    </message>
    <message>
        <source>the time it was saved is invalid.</source>
        <translation>la hora en que se guardó no es válida.</translation>
    </message>
    <message>
        <source>the language is invalid.</source>
        <translation>el idioma no es válido.</translation>
    </message>
    <message>
        <source>it holds no ideas.</source>
        <translation>no contiene ideas.</translation>
    </message>
    <message>
        <source>it holds more than %1 ideas.</source>
        <translation>contiene más de %1 ideas.</translation>
    </message>
    <message>
        <source>idea %1 has the same id as another.</source>
        <translation>la idea %1 tiene el mismo id que otra.</translation>
    </message>
    <message>
        <source>The file is too large to be a contribution packet (more than 2 MB).</source>
        <translation>El archivo es demasiado grande para ser un paquete de aportes (más de 2 MB).</translation>
    </message>
    <message>
        <source>There is no contribution packet in it (no line &quot;%1&quot;).</source>
        <translation>No contiene ningún paquete de aportes (no hay ninguna línea &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The contribution packet is truncated: its end is missing, so part of it was lost when it was copied. Ask the participant to send the whole file, or all of the text from BEGIN to END.</source>
        <translation>El paquete de aportes está truncado: le falta el final, así que se perdió una parte al copiarlo. Pida al participante que envíe el archivo completo, o todo el texto de BEGIN a END.</translation>
    </message>
    <message>
        <source>its header line &quot;%1&quot; is unknown or repeated.</source>
        <translation>la línea de encabezado &quot;%1&quot; es desconocida o está repetida.</translation>
    </message>
    <message>
        <source>line %1 of the packet has characters a packet never holds; it was edited or damaged.</source>
        <translation>la línea %1 del paquete tiene caracteres que un paquete nunca contiene; se editó o se dañó.</translation>
    </message>
    <message>
        <source>The contribution packet is too large (more than 1 MB of content).</source>
        <translation>El paquete de aportes es demasiado grande (más de 1 MB de contenido).</translation>
    </message>
    <message>
        <source>its version is missing or not a number.</source>
        <translation>falta su versión o no es un número.</translation>
    </message>
    <message>
        <source>This contribution packet was made for a newer version of Pamoja (packet format %1; this version reads %2). Update Pamoja to import it.</source>
        <translation>Este paquete de aportes se creó para una versión más reciente de Pamoja (formato de paquete %1; esta versión lee el %2). Actualice Pamoja para importarlo.</translation>
    </message>
    <message>
        <source>its length is missing or out of range.</source>
        <translation>falta su longitud o está fuera de rango.</translation>
    </message>
    <message>
        <source>its checksum is missing or not SHA-256.</source>
        <translation>falta su suma de comprobación o no es SHA-256.</translation>
    </message>
    <message>
        <source>its content is not valid base64; it was edited or damaged.</source>
        <translation>su contenido no es base64 válido; se editó o se dañó.</translation>
    </message>
    <message>
        <source>The contribution packet is truncated: it holds %1 of its %2 bytes, so part of it was lost when it was copied. Ask the participant to send the whole file, or all of the text from BEGIN to END.</source>
        <translation>El paquete de aportes está truncado: contiene %1 de sus %2 bytes, así que se perdió una parte al copiarlo. Pida al participante que envíe el archivo completo, o todo el texto de BEGIN a END.</translation>
    </message>
    <message>
        <source>The contribution packet was changed after it was saved: its checksum does not match its content (edited by hand, or damaged on the way). Nothing in it can be trusted; ask the participant to send it again.</source>
        <translation>El paquete de aportes se modificó después de guardarse: su suma de comprobación no coincide con su contenido (se editó a mano o se dañó por el camino). No se puede confiar en nada de lo que contiene; pida al participante que lo envíe de nuevo.</translation>
    </message>
    <message>
        <source>This contribution packet is for the workshop &quot;%1&quot; (%2), not for &quot;%3&quot; (%4). Import it into its own workshop.</source>
        <translation>Este paquete de aportes es para el taller &quot;%1&quot; (%2), no para &quot;%3&quot; (%4). Impórtelo en su propio taller.</translation>
    </message>
    <message>
        <source>An idea in the packet has the id of something else in the workshop (%1); the packet was made by hand. Nothing was imported.</source>
        <translation>Una idea del paquete tiene el id de otro elemento del taller (%1); el paquete se hizo a mano. No se importó nada.</translation>
    </message>
    <message>
        <source>Idea %1: %2</source>
        <translation>Idea %1: %2</translation>
    </message>
    <message>
        <source>Not on the roster, added as participants: %1.</source>
        <translation>No estaban en la lista de participantes; se agregaron como participantes: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) answer a prompt the workshop no longer has; they go to the step&apos;s first prompt.</source>
        <translation>
            <numerusform>%n idea responde a una pregunta que el taller ya no tiene; va a la primera pregunta del paso.</numerusform>
            <numerusform>%n ideas responden a una pregunta que el taller ya no tiene; van a la primera pregunta del paso.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::Panels</name>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Votación</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>pamoja::ParticipantModel</name>
    <message>
        <source>may be named</source>
        <translation>acepta ser nombrado</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>no se nombra</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>Edit participant %1</source>
        <translation>Editar al participante %1</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation>Nombre o alias</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Grupo de pertenencia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>Acepta ser nombrado</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
</context>
<context>
    <name>pamoja::ParticipantPage</name>
    <message>
        <source>Add a dot to: %1</source>
        <translation>Agregar un punto a: %1</translation>
    </message>
    <message>
        <source>This workshop is anonymous: your name is not asked and not kept.</source>
        <translation>Este taller es anónimo: no se pide ni se guarda tu nombre.</translation>
    </message>
    <message>
        <source>Take part anonymously</source>
        <translation>Participar de forma anónima</translation>
    </message>
    <message>
        <source>You get an alias such as “Participant 7”. Anonymous ideas store no name.</source>
        <translation>Recibes un alias como “Participante 7”. Las ideas anónimas no guardan ningún nombre.</translation>
    </message>
    <message>
        <source>Ideas shared so far</source>
        <translation>Ideas compartidas hasta ahora</translation>
    </message>
    <message>
        <source>No ideas have been revealed yet.</source>
        <translation>Todavía no se ha revelado ninguna idea.</translation>
    </message>
    <message>
        <source>Pamoja workshop</source>
        <translation>Taller de Pamoja</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Workshop code</source>
        <translation>Código del taller</translation>
    </message>
    <message>
        <source>Six letters and digits, shown by the facilitator.</source>
        <translation>Seis letras y cifras que muestra el facilitador.</translation>
    </message>
    <message>
        <source>That code is not right. Check it on the facilitator&apos;s screen.</source>
        <translation>Ese código no es correcto. Revísalo en la pantalla del facilitador.</translation>
    </message>
    <message>
        <source>Withdraw this idea?</source>
        <translation>¿Retirar esta idea?</translation>
    </message>
    <message>
        <source>Whom do you speak for?</source>
        <translation>¿En nombre de quién hablas?</translation>
    </message>
    <message>
        <source>A donor</source>
        <translation>Un donante</translation>
    </message>
    <message>
        <source>A Northern CSO</source>
        <translation>Una OSC del Norte</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>A Southern CSO</source>
        <translation>Una OSC del Sur</translation>
    </message>
    <message>
        <source>Your idea has been received.</source>
        <translation>Hemos recibido tu idea.</translation>
    </message>
    <message>
        <source>Dots left: %1 of %2</source>
        <translation>Puntos restantes: %1 de %2</translation>
    </message>
    <message>
        <source>My dots: %1</source>
        <translation>Mis puntos: %1</translation>
    </message>
    <message>
        <source>Download the report (PDF, %1)</source>
        <translation>Descargar el informe (PDF, %1)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit your idea</source>
        <translation>Edita tu idea</translation>
    </message>
    <message>
        <source>Please write your idea first.</source>
        <translation>Primero escribe tu idea.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Algo salió mal. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Received. The facilitator looks at it before it is shared.</source>
        <translation>Recibida. El facilitador la revisará antes de compartirla.</translation>
    </message>
    <message>
        <source>Your idea</source>
        <translation>Tu idea</translation>
    </message>
    <message>
        <source>One idea at a time, in any language.</source>
        <translation>Una idea a la vez, en cualquier idioma.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>Join the workshop</source>
        <translation>Unirse al taller</translation>
    </message>
    <message>
        <source>You take part as %1.</source>
        <translation>Participas como %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Leave on this phone</source>
        <translation>Salir en este teléfono</translation>
    </message>
    <message>
        <source>Connected. The page updates by itself.</source>
        <translation>Conectado. La página se actualiza sola.</translation>
    </message>
    <message>
        <source>Not in a group</source>
        <translation>Sin agrupar</translation>
    </message>
    <message>
        <source>My ideas</source>
        <translation>Mis ideas</translation>
    </message>
    <message>
        <source>You have not sent an idea yet.</source>
        <translation>Todavía no has enviado ninguna idea.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>As you would like others to see it.</source>
        <translation>Como quieras que lo vean los demás.</translation>
    </message>
    <message>
        <source>Without JavaScript, reload the page to see what is new.</source>
        <translation>Sin JavaScript, vuelve a cargar la página para ver las novedades.</translation>
    </message>
    <message>
        <source>No connection. Your ideas are kept on this phone and sent when it is back.</source>
        <translation>Sin conexión. Tus ideas se guardan en este teléfono y se enviarán cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>The facilitator has paused new ideas for now.</source>
        <translation>El facilitador ha pausado las ideas nuevas por ahora.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Still to send: %1</source>
        <translation>Por enviar: %1</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>La pregunta</translation>
    </message>
    <message>
        <source>Remove a dot from: %1</source>
        <translation>Quitar un punto de: %1</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>El informe</translation>
    </message>
    <message>
        <source>Shared with everyone</source>
        <translation>Compartida con todos</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save my dots</source>
        <translation>Guardar mis puntos</translation>
    </message>
    <message>
        <source>Received. Others see it once the facilitator shares the ideas.</source>
        <translation>Recibida. Los demás la verán cuando el facilitador comparta las ideas.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send without my name</source>
        <translation>Enviar sin mi nombre</translation>
    </message>
    <message>
        <source>Skip to the content</source>
        <translation>Ir al contenido</translation>
    </message>
    <message>
        <source>Step 1: Envision</source>
        <translation>Paso 1: Imaginar</translation>
    </message>
    <message>
        <source>Step 2: System change</source>
        <translation>Paso 2: Cambio sistémico</translation>
    </message>
    <message>
        <source>Step 3: Action</source>
        <translation>Paso 3: Acción</translation>
    </message>
    <message>
        <source>This idea has been shared with everyone and can no longer be changed.</source>
        <translation>Esta idea ya se compartió con todos y no se puede cambiar.</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votar</translation>
    </message>
    <message>
        <source>You have %1 dots. Put up to %2 on one item.</source>
        <translation>Tienes %1 puntos. Pon hasta %2 en un mismo elemento.</translation>
    </message>
    <message>
        <source>That vote was not taken: no dots left, or the round has closed.</source>
        <translation>No se registró ese voto: no te quedan puntos o la ronda ya se cerró.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Your idea has been withdrawn.</source>
        <translation>Tu idea se ha retirado.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sobre ti</translation>
    </message>
    <message>
        <source>Add this idea</source>
        <translation>Agregar esta idea</translation>
    </message>
    <message>
        <source>Idea added. You can write another one.</source>
        <translation>Idea agregada. Puedes escribir otra.</translation>
    </message>
    <message>
        <source>You changed your ideas after saving: save again so the new version is sent.</source>
        <translation>Cambiaste tus ideas después de guardar: vuelve a guardar para que se envíe la versión nueva.</translation>
    </message>
    <message>
        <source>I would rather not say</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <source>Copied. Paste it into an e-mail to the facilitator.</source>
        <translation>Copiado. Pégalo en un correo electrónico para el facilitador.</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Copiar el texto</translation>
    </message>
    <message>
        <source>Copying did not work here: select all of the text and copy it yourself.</source>
        <translation>Aquí no se pudo copiar: selecciona todo el texto y cópialo tú.</translation>
    </message>
    <message>
        <source>Ideas written so far: %1</source>
        <translation>Ideas escritas hasta ahora: %1</translation>
    </message>
    <message>
        <source>Download the file</source>
        <translation>Descargar el archivo</translation>
    </message>
    <message>
        <source>Write your ideas here, even without an internet connection. When you are done, save your contribution and send it to the facilitator, by e-mail or on a USB stick.</source>
        <translation>Escribe aquí tus ideas, incluso sin conexión a internet. Cuando termines, guarda tu aporte y envíaselo al facilitador por correo electrónico o en una memoria USB.</translation>
    </message>
    <message>
        <source>Your ideas are kept in this browser on this device until you send them.</source>
        <translation>Tus ideas se guardan en este navegador, en este dispositivo, hasta que las envíes.</translation>
    </message>
    <message>
        <source>Leave your name empty to take part anonymously: then no name is kept with your ideas.</source>
        <translation>Deja tu nombre vacío para participar de forma anónima: así no se guarda ningún nombre con tus ideas.</translation>
    </message>
    <message>
        <source>This workshop asks for your name. Please write it first.</source>
        <translation>Este taller pide tu nombre. Escríbelo primero.</translation>
    </message>
    <message>
        <source>Write at least one idea first.</source>
        <translation>Escribe primero al menos una idea.</translation>
    </message>
    <message>
        <source>This form needs JavaScript to save your contribution, and JavaScript is switched off in this browser. You can still take part: write your ideas in an e-mail to the facilitator, with the question each one answers, and your name if you want it kept with them.</source>
        <translation>Este formulario necesita JavaScript para guardar tu aporte, y JavaScript está desactivado en este navegador. Aun así puedes participar: escribe tus ideas en un correo electrónico al facilitador, con la pregunta a la que responde cada una, y tu nombre si quieres que se guarde con ellas.</translation>
    </message>
    <message>
        <source>Your contribution as text</source>
        <translation>Tu aporte en forma de texto</translation>
    </message>
    <message>
        <source>Copy all of it, from BEGIN to END, into an e-mail to the facilitator. Nothing needs to be changed in it.</source>
        <translation>Cópialo todo, de BEGIN a END, en un correo electrónico para el facilitador. No hace falta cambiar nada.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove the idea: %1</source>
        <translation>Eliminar la idea: %1</translation>
    </message>
    <message>
        <source>Idea removed.</source>
        <translation>Idea eliminada.</translation>
    </message>
    <message>
        <source>Save my contribution</source>
        <translation>Guardar mi aporte</translation>
    </message>
    <message>
        <source>This makes a small file to send to the facilitator, and shows the same text to paste into an e-mail. Nothing is sent by itself.</source>
        <translation>Esto crea un archivo pequeño para enviar al facilitador y muestra el mismo texto para pegarlo en un correo electrónico. No se envía nada automáticamente.</translation>
    </message>
    <message>
        <source>Your contribution is ready: send the file or the text to the facilitator.</source>
        <translation>Tu aporte está listo: envía el archivo o el texto al facilitador.</translation>
    </message>
    <message>
        <source>Send it</source>
        <translation>Enviar tu aporte</translation>
    </message>
    <message>
        <source>Offline contribution form</source>
        <translation>Formulario de aportes sin conexión</translation>
    </message>
    <message>
        <source>Your ideas for this question</source>
        <translation>Tus ideas para esta pregunta</translation>
    </message>
</context>
<context>
    <name>pamoja::ParticipantsPanel</name>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Name or alias of a new participant</source>
        <translation>Nombre o alias de un nuevo participante</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation>Nombre o alias</translation>
    </message>
    <message>
        <source>Constituency of the new participant</source>
        <translation>Grupo de pertenencia del nuevo participante</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Agregar participante</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the current participant</source>
        <translation>Quitar al participante actual</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Import a roster from a CSV file</source>
        <translation>Importar una lista de participantes desde un archivo CSV</translation>
    </message>
    <message>
        <source>Balance warnings</source>
        <translation>Avisos de equilibrio</translation>
    </message>
    <message>
        <source>Participation balance (this step)</source>
        <translation>Equilibrio de la participación (este paso)</translation>
    </message>
    <message>
        <source>Add participant %1</source>
        <translation>Agregar al participante %1</translation>
    </message>
    <message>
        <source>Remove participant %1</source>
        <translation>Quitar al participante %1</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Importar lista de participantes</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>pamoja::PlanEdits</name>
    <message>
        <source>A system change needs a title.</source>
        <translation>Un cambio sistémico debe tener un título.</translation>
    </message>
    <message>
        <source>The vision this change was made from no longer exists.</source>
        <translation>La visión a partir de la cual se creó este cambio ya no existe.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>An action needs a description.</source>
        <translation>Una acción debe tener una descripción.</translation>
    </message>
    <message>
        <source>Unknown action status &quot;%1&quot;.</source>
        <translation>Estado de acción desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>That participant does not exist.</source>
        <translation>Ese participante no existe.</translation>
    </message>
    <message>
        <source>That system change does not exist.</source>
        <translation>Ese cambio sistémico no existe.</translation>
    </message>
    <message>
        <source>Earlier workshop</source>
        <translation>Taller anterior</translation>
    </message>
    <message>
        <source>Unknown catalogue kind &quot;%1&quot;.</source>
        <translation>Tipo de catálogo desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A catalogue entry needs a name.</source>
        <translation>Una entrada del catálogo debe tener un nombre.</translation>
    </message>
    <message>
        <source>The code %1 is already in use.</source>
        <translation>El código %1 ya está en uso.</translation>
    </message>
    <message>
        <source>Added by the facilitator</source>
        <translation>Agregado por el facilitador</translation>
    </message>
</context>
<context>
    <name>pamoja::PlanPanel</name>
    <message>
        <source>System changes and action plan</source>
        <translation>Cambios sistémicos y plan de acción</translation>
    </message>
    <message>
        <source>Step 2: System changes</source>
        <translation>Paso 2: Cambios sistémicos</translation>
    </message>
    <message>
        <source>Step 3: Action plan</source>
        <translation>Paso 3: Plan de acción</translation>
    </message>
    <message>
        <source>Link vision to system change</source>
        <translation>Vincular una visión con un cambio sistémico</translation>
    </message>
    <message>
        <source>Unlink vision from system change</source>
        <translation>Desvincular una visión de un cambio sistémico</translation>
    </message>
    <message>
        <source>Link factor to system change</source>
        <translation>Vincular un factor con un cambio sistémico</translation>
    </message>
    <message>
        <source>Unlink factor from system change</source>
        <translation>Desvincular un factor de un cambio sistémico</translation>
    </message>
    <message>
        <source>Link action to system change</source>
        <translation>Vincular una acción con un cambio sistémico</translation>
    </message>
    <message>
        <source>Unlink action from system change</source>
        <translation>Desvincular una acción de un cambio sistémico</translation>
    </message>
    <message>
        <source>Vision to start a system change from</source>
        <translation>Visión a partir de la cual crear un cambio sistémico</translation>
    </message>
    <message>
        <source>Create &amp;from vision</source>
        <translation>Crear a &amp;partir de la visión</translation>
    </message>
    <message>
        <source>Create a system change from the chosen vision</source>
        <translation>Crear un cambio sistémico a partir de la visión elegida</translation>
    </message>
    <message>
        <source>Title of a new system change</source>
        <translation>Título de un nuevo cambio sistémico</translation>
    </message>
    <message>
        <source>What must change in the system?</source>
        <translation>¿Qué debe cambiar en el sistema?</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;gregar</translation>
    </message>
    <message>
        <source>Add a system change</source>
        <translation>Agregar un cambio sistémico</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the current system change</source>
        <translation>Quitar el cambio sistémico actual</translation>
    </message>
    <message>
        <source>System changes</source>
        <translation>Cambios sistémicos</translation>
    </message>
    <message>
        <source>Visions this change serves</source>
        <translation>Visiones a las que contribuye este cambio</translation>
    </message>
    <message>
        <source>Factors this change counters</source>
        <translation>Factores que contrarresta este cambio</translation>
    </message>
    <message>
        <source>Serves &amp;visions:</source>
        <translation>Contribuye a las &amp;visiones:</translation>
    </message>
    <message>
        <source>Counters fac&amp;tors:</source>
        <translation>Contrarresta los &amp;factores:</translation>
    </message>
    <message>
        <source>Description of a new action</source>
        <translation>Descripción de una nueva acción</translation>
    </message>
    <message>
        <source>What will we do?</source>
        <translation>¿Qué haremos?</translation>
    </message>
    <message>
        <source>System change the new action serves</source>
        <translation>Cambio sistémico al que contribuye la nueva acción</translation>
    </message>
    <message>
        <source>A&amp;dd action</source>
        <translation>Ag&amp;regar acción</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Agregar una acción</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Qui&amp;tar</translation>
    </message>
    <message>
        <source>Remove the current action</source>
        <translation>Quitar la acción actual</translation>
    </message>
    <message>
        <source>&amp;Import open actions…</source>
        <translation>&amp;Importar acciones abiertas…</translation>
    </message>
    <message>
        <source>Import open actions from an earlier workshop</source>
        <translation>Importar las acciones abiertas de un taller anterior</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>System changes this action serves</source>
        <translation>Cambios sistémicos a los que contribuye esta acción</translation>
    </message>
    <message>
        <source>Serves s&amp;ystem changes:</source>
        <translation>Contribuye a los &amp;cambios sistémicos:</translation>
    </message>
    <message>
        <source>(no system change yet)</source>
        <translation>(aún no hay cambios sistémicos)</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Agrupación: %1</translation>
    </message>
    <message>
        <source>Idea: %1</source>
        <translation>Idea: %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n action(s) have both owners on the same side (North or South).</source>
        <translation>
            <numerusform>⚠ %n acción tiene a ambos responsables del mismo lado (Norte o Sur).</numerusform>
            <numerusform>⚠ %n acciones tienen a ambos responsables del mismo lado (Norte o Sur).</numerusform>
        </translation>
    </message>
    <message>
        <source>System change from &quot;%1&quot;</source>
        <translation>Cambio sistémico a partir de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add system change &quot;%1&quot;</source>
        <translation>Agregar el cambio sistémico &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove system change</source>
        <translation>Quitar cambio sistémico</translation>
    </message>
    <message>
        <source>Add action &quot;%1&quot;</source>
        <translation>Agregar la acción &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Quitar acción</translation>
    </message>
    <message>
        <source>Pamoja workshops (*.pamoja)</source>
        <translation>Talleres de Pamoja (*.pamoja)</translation>
    </message>
    <message>
        <source>Choose an earlier workshop, not the one that is open.</source>
        <translation>Elija un taller anterior, no el que está abierto.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n open action(s) from &quot;%1&quot;</source>
        <translation>
            <numerusform>Importar %n acción abierta de &quot;%1&quot;</numerusform>
            <numerusform>Importar %n acciones abiertas de &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>Open actions imported</source>
        <translation>Acciones abiertas importadas</translation>
    </message>
    <message>
        <source>%1 open actions imported from &quot;%2&quot;; %3 were already here.</source>
        <translation>Acciones abiertas importadas de &quot;%2&quot;: %1; ya estaban aquí: %3.</translation>
    </message>
</context>
<context>
    <name>pamoja::PresenterCanvas</name>
    <message>
        <source>Revealed ideas</source>
        <translation>Ideas reveladas</translation>
    </message>
    <message>
        <source>Not yet grouped</source>
        <translation>Aún sin agrupar</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>Revealed ideas appear here.</source>
        <translation>Las ideas reveladas aparecen aquí.</translation>
    </message>
</context>
<context>
    <name>pamoja::PresenterWindow</name>
    <message>
        <source>Pamoja — Presenter view</source>
        <translation>Pamoja — Vista de presentación</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Vista de presentación</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
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
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>The guiding question for this step. Edit it and press Enter to save.</source>
        <translation>La pregunta orientadora de este paso. Edítela y presione Enter para guardarla.</translation>
    </message>
</context>
<context>
    <name>pamoja::PromptHeader</name>
    <message>
        <source>Active prompt</source>
        <translation>Pregunta activa</translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <source>Add a prompt to this step</source>
        <translation>Agregar una pregunta a este paso</translation>
    </message>
    <message>
        <source>Edit the prompt</source>
        <translation>Editar la pregunta</translation>
    </message>
    <message>
        <source>Prompt %1</source>
        <translation>Pregunta %1</translation>
    </message>
    <message>
        <source>A further question for this step</source>
        <translation>Otra pregunta para este paso</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>Agregar una pregunta</translation>
    </message>
</context>
<context>
    <name>pamoja::QrCodeWidget</name>
    <message>
        <source>QR code to join</source>
        <translation>Código QR para unirse</translation>
    </message>
</context>
<context>
    <name>pamoja::QuickCaptureWindow</name>
    <message>
        <source>&amp;Undo last capture</source>
        <translation>&amp;Deshacer la última captura</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Captura rápida</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Quien habla</translation>
    </message>
    <message>
        <source>Who said it; anonymous stores no name</source>
        <translation>Quién lo dijo; anónimo no guarda ningún nombre</translation>
    </message>
    <message>
        <source>One idea, then Enter</source>
        <translation>Una idea y luego Intro</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Nueva idea</translation>
    </message>
    <message>
        <source>Enter saves the idea with the time; the cursor stays here for the next one.</source>
        <translation>Intro guarda la idea con la hora; el cursor se queda aquí para la siguiente.</translation>
    </message>
    <message>
        <source>Ideas captured in this window, newest first</source>
        <translation>Ideas capturadas en esta ventana, las más recientes primero</translation>
    </message>
    <message>
        <source>Undo the last capture</source>
        <translation>Deshacer la última captura</translation>
    </message>
    <message>
        <source>Removes the newest idea captured here (%1)</source>
        <translation>Elimina la idea más reciente capturada aquí (%1)</translation>
    </message>
    <message>
        <source>Capture status</source>
        <translation>Estado de la captura</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>Pa&amp;so:</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Quien habla:</translation>
    </message>
    <message>
        <source>No workshop is open.</source>
        <translation>No hay ningún taller abierto.</translation>
    </message>
    <message>
        <source>Quick capture: %1</source>
        <translation>Captura rápida: %1</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>This workshop is open read-only: nothing can be captured.</source>
        <translation>Este taller está abierto en solo lectura: no se puede capturar nada.</translation>
    </message>
    <message>
        <source>Capture idea</source>
        <translation>Capturar una idea</translation>
    </message>
    <message numerus="yes">
        <source>Saved at %1. %n idea(s) captured in this window.</source>
        <translation>
            <numerusform>Guardado a las %1. %n idea capturada en esta ventana.</numerusform>
            <numerusform>Guardado a las %1. %n ideas capturadas en esta ventana.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing captured here to undo.</source>
        <translation>No hay nada capturado aquí que deshacer.</translation>
    </message>
    <message>
        <source>Remove captured idea</source>
        <translation>Eliminar la idea capturada</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Se eliminó «%1».</translation>
    </message>
</context>
<context>
    <name>pamoja::Record</name>
    <message>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation>%1 no tiene el campo &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Field &quot;%2&quot; of %1 has a wrong type or form.</source>
        <translation>El campo &quot;%2&quot; de %1 tiene un tipo o formato incorrecto.</translation>
    </message>
    <message>
        <source>%1 has an unknown field &quot;%2&quot;.</source>
        <translation>%1 tiene un campo desconocido: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Field &quot;%2&quot; of %1 contains a control character (%3 at position %4); only tabs and line breaks are allowed in text.</source>
        <translation>El campo &quot;%2&quot; de %1 contiene un carácter de control (%3 en la posición %4); en el texto solo se permiten tabulaciones y saltos de línea.</translation>
    </message>
</context>
<context>
    <name>pamoja::Report</name>
    <message>
        <source>Workshop report</source>
        <translation>Informe del taller</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Report generated by Pamoja on %1</source>
        <translation>Informe generado por Pamoja el %1</translation>
    </message>
    <message>
        <source>When it took place</source>
        <translation>Cuándo tuvo lugar</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Cómo nos reunimos</translation>
    </message>
    <message>
        <source>Facilitated by</source>
        <translation>Facilitado por</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Idiomas de trabajo</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Quiénes participaron</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Grupo de pertenencia</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>Personas presentes</translation>
    </message>
    <message>
        <source>Named with their consent</source>
        <translation>Personas nombradas con su consentimiento</translation>
    </message>
    <message>
        <source>nobody asked to be named</source>
        <translation>nadie pidió que se mencionara su nombre</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Hybrid (in person and online)</source>
        <translation>Híbrido (presencial y en línea)</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>Asincrónico</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Preguntas orientadoras</translation>
    </message>
    <message>
        <source>Clusters of ideas</source>
        <translation>Agrupaciones de ideas</translation>
    </message>
    <message>
        <source>Ideas outside any cluster</source>
        <translation>Ideas sin agrupar</translation>
    </message>
    <message>
        <source>No ideas were recorded in this step.</source>
        <translation>No se registraron ideas en este paso.</translation>
    </message>
    <message>
        <source>Original words</source>
        <translation>Palabras originales</translation>
    </message>
    <message>
        <source>Edited by the facilitator</source>
        <translation>Editada por el facilitador</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Contributed by</source>
        <translation>Aportada por</translation>
    </message>
    <message>
        <source>Anonymous contribution</source>
        <translation>Aporte anónimo</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Sin nombre</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Factors of imbalance</source>
        <translation>Factores de desequilibrio</translation>
    </message>
    <message>
        <source>Merged duplicates, in their own words</source>
        <translation>Duplicados fusionados, con sus propias palabras</translation>
    </message>
    <message>
        <source>Ideas hidden by the facilitator and not shown: %1</source>
        <translation>Ideas ocultadas por el facilitador y no mostradas: %1</translation>
    </message>
    <message>
        <source>Ideas came from</source>
        <translation>Procedencia de las ideas</translation>
    </message>
    <message>
        <source>Voting results</source>
        <translation>Resultados de la votación</translation>
    </message>
    <message>
        <source>Voting round</source>
        <translation>Ronda de votación</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>aún abierta</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>Weighting of the votes</source>
        <translation>Ponderación de los votos</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Idea or cluster</source>
        <translation>Idea o agrupación</translation>
    </message>
    <message>
        <source>Dots as cast</source>
        <translation>Puntos emitidos</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Puntuación ponderada</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Votantes</translation>
    </message>
    <message>
        <source>Constituencies disagree</source>
        <translation>Los grupos de pertenencia discrepan</translation>
    </message>
    <message>
        <source>Items marked with ◆ were ranked very differently by the constituencies; they are kept here instead of being averaged away.</source>
        <translation>Los elementos marcados con ◆ recibieron clasificaciones muy distintas según el grupo de pertenencia; se mantienen aquí en lugar de diluirse en un promedio.</translation>
    </message>
    <message>
        <source>Not broken down, to protect who voted what (fewer than %1 voters): %2</source>
        <translation>Sin desglose, para proteger quién votó qué (menos de %1 votantes): %2</translation>
    </message>
    <message>
        <source>No votes were cast in this round.</source>
        <translation>No se emitieron votos en esta ronda.</translation>
    </message>
    <message>
        <source>All constituencies</source>
        <translation>Todos los grupos de pertenencia</translation>
    </message>
    <message>
        <source>System changes</source>
        <translation>Cambios sistémicos</translation>
    </message>
    <message>
        <source>Who must change</source>
        <translation>Quién debe cambiar</translation>
    </message>
    <message>
        <source>Policy element</source>
        <translation>Elemento de la política</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Situación actual</translation>
    </message>
    <message>
        <source>Proposed change</source>
        <translation>Cambio propuesto</translation>
    </message>
    <message>
        <source>Made possible by the vision</source>
        <translation>Visión que lo hace posible</translation>
    </message>
    <message>
        <source>Brought about by the actions</source>
        <translation>Acciones que lo harán realidad</translation>
    </message>
    <message>
        <source>No system changes were recorded.</source>
        <translation>No se registraron cambios sistémicos.</translation>
    </message>
    <message>
        <source>From vision to system change to action</source>
        <translation>De la visión al cambio sistémico y a la acción</translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation>Declaración de visión</translation>
    </message>
    <message>
        <source>System change</source>
        <translation>Cambio sistémico</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Planned action</source>
        <translation>Acción prevista</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Co-owner</source>
        <translation>Corresponsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Estado actual</translation>
    </message>
    <message>
        <source>Carried over from</source>
        <translation>Retomada de</translation>
    </message>
    <message>
        <source>No actions were recorded.</source>
        <translation>No se registraron acciones.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Participation balance</source>
        <translation>Equilibrio de la participación</translation>
    </message>
    <message>
        <source>Share of people present</source>
        <translation>Proporción de personas presentes</translation>
    </message>
    <message>
        <source>Share of ideas</source>
        <translation>Proporción de ideas</translation>
    </message>
    <message>
        <source>Share of votes</source>
        <translation>Proporción de votos</translation>
    </message>
    <message>
        <source>under-represented</source>
        <translation>subrepresentado</translation>
    </message>
    <message>
        <source>Anonymous ideas without a constituency: %1</source>
        <translation>Ideas anónimas sin grupo de pertenencia: %1</translation>
    </message>
    <message>
        <source>Each constituency&apos;s share of ideas and votes, against its share of the people present.</source>
        <translation>La proporción de ideas y votos de cada grupo de pertenencia, comparada con su proporción de las personas presentes.</translation>
    </message>
    <message>
        <source>Factor coverage</source>
        <translation>Cobertura de los factores</translation>
    </message>
    <message>
        <source>Factor of imbalance</source>
        <translation>Factor de desequilibrio</translation>
    </message>
    <message>
        <source>How many ideas, clusters and system changes of each step were tagged with each factor.</source>
        <translation>Cuántas ideas, agrupaciones y cambios sistémicos de cada paso se etiquetaron con cada factor.</translation>
    </message>
    <message>
        <source>Whole workshop</source>
        <translation>Todo el taller</translation>
    </message>
    <message>
        <source>Appendix: facilitator interventions</source>
        <translation>Anexo: intervenciones del facilitador</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Cuándo ocurrió</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Quién lo hizo</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Dots given</source>
        <translation>Puntos otorgados</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Acciones acordadas</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Fecha de creación</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <extracomment>An idea&apos;s language that Pamoja detected from its text (nobody gave it); %1 is the language&apos;s name.</extracomment>
        <translation>%1 (detectado)</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>Traducción automática</translation>
    </message>
</context>
<context>
    <name>pamoja::ResultsModel</name>
    <message>
        <source>%1 gave it %2% of their dots</source>
        <translation>%1: el %2% de sus puntos</translation>
    </message>
    <message>
        <source>Constituencies rank this item very differently: %1. The gap is kept visible instead of being averaged away.</source>
        <translation>Los grupos de pertenencia valoran este elemento de forma muy distinta: %1. La diferencia se mantiene visible en lugar de diluirse en un promedio.</translation>
    </message>
    <message>
        <source>⚠ Diverges</source>
        <translation>⚠ Diverge</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Dots as cast</source>
        <translation>Puntos emitidos</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Ponderado</translation>
    </message>
    <message>
        <source>Divergence</source>
        <translation>Divergencia</translation>
    </message>
</context>
<context>
    <name>pamoja::RosterCsv</name>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>constituency</source>
        <translation>grupo de pertenencia</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentimiento</translation>
    </message>
    <message>
        <source>presence</source>
        <translation>presencia</translation>
    </message>
    <message>
        <source>The file is larger than 1 MB; a roster is much smaller. Is this the right file?</source>
        <translation>El archivo ocupa más de 1 MB; una lista de participantes es mucho más pequeña. ¿Es el archivo correcto?</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file contains binary data; save the roster as CSV (UTF-8).</source>
        <translation>El archivo contiene datos binarios; guarde la lista como CSV (UTF-8).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save the roster as &quot;CSV UTF-8&quot;.</source>
        <translation>El archivo no es texto UTF-8; guarde la lista como &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice in the header.</source>
        <translation>La columna &quot;%1&quot; aparece dos veces en el encabezado.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not known and is ignored.</source>
        <translation>La columna &quot;%1&quot; no se reconoce y se ignora.</translation>
    </message>
    <message>
        <source>The first line must name the columns, with at least a &quot;name&quot; column.</source>
        <translation>La primera línea debe nombrar las columnas, con al menos una columna &quot;nombre&quot;.</translation>
    </message>
    <message>
        <source>The file has a header but no participants.</source>
        <translation>El archivo tiene encabezado, pero ningún participante.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) more than the header has.</source>
        <translation>
            <numerusform>%n campo más de los que tiene el encabezado.</numerusform>
            <numerusform>%n campos más de los que tiene el encabezado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>El campo &quot;%1&quot; tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>The %1 contains control characters.</source>
        <translation>El campo &quot;%1&quot; contiene caracteres de control.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Falta el nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on the roster.</source>
        <translation>&quot;%1&quot; ya está en la lista de participantes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in the file.</source>
        <translation>&quot;%1&quot; aparece dos veces en el archivo.</translation>
    </message>
    <message>
        <source>Unknown constituency &quot;%1&quot;; use south, north, donor or other.</source>
        <translation>Grupo de pertenencia desconocido: &quot;%1&quot;; use sur, norte, donante u otro.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use facilitator, participant or observer.</source>
        <translation>Rol desconocido: &quot;%1&quot;; use facilitador, participante u observador.</translation>
    </message>
    <message>
        <source>Consent must be yes or no, not &quot;%1&quot;.</source>
        <translation>El consentimiento debe ser sí o no, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Present must be yes or no, not &quot;%1&quot;.</source>
        <translation>La presencia debe ser sí o no, no &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The roster has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>La lista de participantes tiene %n problema; no se importó nada.</numerusform>
            <numerusform>La lista de participantes tiene %n problemas; no se importó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
</context>
<context>
    <name>pamoja::RosterEdits</name>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>That participant does not exist.</source>
        <translation>Ese participante no existe.</translation>
    </message>
    <message>
        <source>A participant needs a name or an alias.</source>
        <translation>Un participante debe tener un nombre o un alias.</translation>
    </message>
    <message>
        <source>A name can be at most 200 characters long.</source>
        <translation>Un nombre puede tener como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>There is already a participant called &quot;%1&quot;.</source>
        <translation>Ya hay un participante llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown constituency &quot;%1&quot;.</source>
        <translation>Grupo de pertenencia desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Rol desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 has contributed ideas, votes or actions; mark them as not present instead.</source>
        <translation>%1 ha aportado ideas, votos o acciones; en lugar de quitarlo, márquelo como ausente.</translation>
    </message>
</context>
<context>
    <name>pamoja::RosterImportDialog</name>
    <message>
        <source>Import roster: %1</source>
        <translation>Importar lista de participantes: %1</translation>
    </message>
    <message>
        <source>Import a participant roster</source>
        <translation>Importar una lista de participantes</translation>
    </message>
    <message>
        <source>Preview of the roster</source>
        <translation>Vista previa de la lista</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the participants</source>
        <translation>Importar los participantes</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Este archivo no se puede importar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) read; %1 problem(s) must be fixed in the file first. Nothing will be imported.</source>
        <translation>
            <numerusform>Se leyó %n participante; primero hay que corregir en el archivo los problemas encontrados (%1). No se importará nada.</numerusform>
            <numerusform>Se leyeron %n participantes; primero hay que corregir en el archivo los problemas encontrados (%1). No se importará nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) ready to import.</source>
        <translation>
            <numerusform>%n participante listo para importar.</numerusform>
            <numerusform>%n participantes listos para importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n participant(s)</source>
        <translation>
            <numerusform>Importar %n participante</numerusform>
            <numerusform>Importar %n participantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::RosterPreviewModel</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Grupo de pertenencia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>Acepta ser nombrado</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>pamoja::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>A new language applies the next time Pamoja starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Pamoja.</translation>
    </message>
</context>
<context>
    <name>pamoja::Step</name>
    <message>
        <source>1 Envision</source>
        <translation>1 Imaginar</translation>
    </message>
    <message>
        <source>2 System change</source>
        <translation>2 Cambio sistémico</translation>
    </message>
    <message>
        <source>3 Action</source>
        <translation>3 Acción</translation>
    </message>
    <message>
        <source>Imagine a balanced power relationship between Northern and Southern CSOs. What does it look like, and how could it come about?</source>
        <translation>Imagine una relación de poder equilibrada entre las OSC del Norte y del Sur. ¿Cómo es y cómo podría hacerse realidad?</translation>
    </message>
    <message>
        <source>What has to change in the system (donor frameworks, selection processes, funding modalities, accountability and risk rules, ...) for that picture to become real?</source>
        <translation>¿Qué tiene que cambiar en el sistema (marcos de los donantes, procesos de selección, modalidades de financiamiento, normas de rendición de cuentas y de riesgo, ...) para que esa imagen se haga realidad?</translation>
    </message>
    <message>
        <source>What will we do to bring that change about?</source>
        <translation>¿Qué haremos para lograr ese cambio?</translation>
    </message>
</context>
<context>
    <name>pamoja::SuggestGroupsDialog</name>
    <message>
        <source>Suggest Groups</source>
        <translation>Sugerir grupos</translation>
    </message>
    <message>
        <source>Suggested groups</source>
        <translation>Grupos sugeridos</translation>
    </message>
    <message>
        <source>Looking for groups across languages…</source>
        <translation>Buscando grupos en todos los idiomas…</translation>
    </message>
    <message>
        <source>Computing suggestions</source>
        <translation>Calculando sugerencias</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the suggestions</source>
        <translation>Cancelar las sugerencias</translation>
    </message>
    <message>
        <source>Proposed groups</source>
        <translation>Grupos propuestos</translation>
    </message>
    <message>
        <source>Group and ideas</source>
        <translation>Grupo e ideas</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Accept the selected group</source>
        <translation>Aceptar el grupo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Reject the selected group</source>
        <translation>Rechazar el grupo seleccionado</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>Aceptar t&amp;odos</translation>
    </message>
    <message>
        <source>Accept all groups</source>
        <translation>Aceptar todos los grupos</translation>
    </message>
    <message>
        <source>Near-duplicates</source>
        <translation>Casi duplicados</translation>
    </message>
    <message>
        <source>Near-duplicate ideas</source>
        <translation>Ideas casi duplicadas</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Merge the selected duplicate into its idea</source>
        <translation>Fusionar el duplicado seleccionado con su idea</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) proposed. Ideas that fit no group stay out of every group: %1.</source>
        <translation>
            <numerusform>%n grupo propuesto. Las ideas que no encajan en ningún grupo quedan fuera de todos: %1.</numerusform>
            <numerusform>%n grupos propuestos. Las ideas que no encajan en ningún grupo quedan fuera de todos: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Accept suggested group &quot;%1&quot;</source>
        <translation>Aceptar el grupo sugerido &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested group(s)</source>
        <translation>
            <numerusform>Aceptar %n grupo sugerido</numerusform>
            <numerusform>Aceptar %n grupos sugeridos</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge duplicate idea</source>
        <translation>Fusionar idea duplicada</translation>
    </message>
</context>
<context>
    <name>pamoja::SuggestionsPanel</name>
    <message>
        <source>Suggested tags</source>
        <translation>Etiquetas sugeridas</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Suggested tag</source>
        <translation>Etiqueta sugerida</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Acce&amp;pt</source>
        <translation>Acep&amp;tar</translation>
    </message>
    <message>
        <source>Tag the idea with the suggested theme or factor</source>
        <translation>Etiquetar la idea con el tema o factor sugerido</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;chazar</translation>
    </message>
    <message>
        <source>Do not suggest this tag for this idea again</source>
        <translation>No volver a sugerir esta etiqueta para esta idea</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>Aceptar t&amp;odas</translation>
    </message>
    <message>
        <source>Accept every suggestion shown, in one step</source>
        <translation>Aceptar todas las sugerencias mostradas, en un solo paso</translation>
    </message>
    <message numerus="yes">
        <source>Finding suggestions for %n idea(s)…</source>
        <translation>
            <numerusform>Buscando sugerencias para %n idea…</numerusform>
            <numerusform>Buscando sugerencias para %n ideas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select ideas to see suggested themes and factors.</source>
        <translation>Seleccione ideas para ver los temas y factores sugeridos.</translation>
    </message>
    <message>
        <source>No suggestions for the selected ideas.</source>
        <translation>No hay sugerencias para las ideas seleccionadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s).</source>
        <translation>
            <numerusform>%n sugerencia.</numerusform>
            <numerusform>%n sugerencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept suggested tag %1</source>
        <translation>Aceptar la etiqueta sugerida %1</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested tag(s)</source>
        <translation>
            <numerusform>Aceptar %n etiqueta sugerida</numerusform>
            <numerusform>Aceptar %n etiquetas sugeridas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::SystemChangeModel</name>
    <message>
        <source>Edit system change</source>
        <translation>Editar cambio sistémico</translation>
    </message>
    <message>
        <source>System change</source>
        <translation>Cambio sistémico</translation>
    </message>
    <message>
        <source>Target actor</source>
        <translation>Actor que debe cambiar</translation>
    </message>
    <message>
        <source>Policy element</source>
        <translation>Elemento de la política</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Situación actual</translation>
    </message>
    <message>
        <source>Proposed change</source>
        <translation>Cambio propuesto</translation>
    </message>
    <message>
        <source>Serves visions</source>
        <translation>Contribuye a las visiones</translation>
    </message>
    <message>
        <source>Counters factors</source>
        <translation>Contrarresta los factores</translation>
    </message>
</context>
<context>
    <name>pamoja::TagModel</name>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Tag with %1</source>
        <translation>Etiquetar con %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Quitar la etiqueta %1</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
</context>
<context>
    <name>pamoja::TagsPanel</name>
    <message>
        <source>Themes and factors</source>
        <translation>Temas y factores</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Apply the tag to the selected ideas or clusters</source>
        <translation>Aplicar la etiqueta a las ideas o agrupaciones seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the tag from the selected ideas or clusters</source>
        <translation>Quitar la etiqueta de las ideas o agrupaciones seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Filter board</source>
        <translation>&amp;Filtrar el tablero</translation>
    </message>
    <message>
        <source>Show only ideas carrying this tag</source>
        <translation>Mostrar solo las ideas con esta etiqueta</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Mostrar &amp;todo</translation>
    </message>
    <message>
        <source>Clear the tag filter</source>
        <translation>Quitar el filtro de etiquetas</translation>
    </message>
    <message>
        <source>&amp;Catalogue…</source>
        <translation>&amp;Catálogo…</translation>
    </message>
    <message>
        <source>Edit themes, factors and measures</source>
        <translation>Editar temas, factores y medidas</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) selected.</source>
        <translation>
            <numerusform>%n elemento seleccionado.</numerusform>
            <numerusform>%n elementos seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select ideas or clusters on the board to tag them.</source>
        <translation>Seleccione ideas o agrupaciones en el tablero para etiquetarlas.</translation>
    </message>
    <message>
        <source>The board shows only &quot;%1&quot;.</source>
        <translation>El tablero muestra solo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Tag with %1</source>
        <translation>Etiquetar con %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Quitar la etiqueta %1</translation>
    </message>
</context>
<context>
    <name>pamoja::TextDecode</name>
    <message>
        <source>Line %1, column %2: the file contains a control character (U+%3); is it a text file?</source>
        <translation>Línea %1, columna %2: el archivo contiene un carácter de control (U+%3); ¿es un archivo de texto?</translation>
    </message>
    <message>
        <source>The file looks like UTF-16 but ends in the middle of a character; it may be truncated.</source>
        <translation>El archivo parece UTF-16, pero termina en medio de un carácter; puede que esté truncado.</translation>
    </message>
    <message>
        <source>Line %1: the file is not valid %2 text.</source>
        <translation>Línea %1: el archivo no es texto %2 válido.</translation>
    </message>
    <message>
        <source>Line %1: the file says it is UTF-8 but is not valid UTF-8 there.</source>
        <translation>Línea %1: el archivo indica que es UTF-8, pero ahí no es UTF-8 válido.</translation>
    </message>
    <message>
        <source>Line %1: the file contains binary data; save it as text (UTF-8) or CSV.</source>
        <translation>Línea %1: el archivo contiene datos binarios; guárdelo como texto (UTF-8) o CSV.</translation>
    </message>
    <message>
        <source>Line %1: the file is UTF-8 but is damaged there (an invalid byte sequence).</source>
        <translation>Línea %1: el archivo es UTF-8, pero ahí está dañado (una secuencia de bytes no válida).</translation>
    </message>
    <message>
        <source>Line %1: the file is neither UTF-8 nor Windows-1252 text; save it as UTF-8.</source>
        <translation>Línea %1: el archivo no es texto UTF-8 ni Windows-1252; guárdelo como UTF-8.</translation>
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
        <translation>Duración del temporizador</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Iniciar o pausar el temporizador</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Reiniciar el temporizador</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Pausar el temporizador</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Iniciar el temporizador</translation>
    </message>
</context>
<context>
    <name>pamoja::TranslateDialog</name>
    <message>
        <source>Translate Ideas</source>
        <translation>Traducir ideas</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>Traducir a</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Which ideas</source>
        <translation>Qué ideas</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Todos los pasos</translation>
    </message>
    <message>
        <source>What will be translated</source>
        <translation>Qué se traducirá</translation>
    </message>
    <message>
        <source>Translation progress</source>
        <translation>Progreso de la traducción</translation>
    </message>
    <message>
        <source>Apertium translates on this computer, without a network. The translation is shown beside each idea, marked as machine translation; the idea&apos;s own words never change. Correct a translation with Edit &gt; Edit Translation.</source>
        <translation>Apertium traduce en este equipo, sin red. La traducción se muestra junto a cada idea, marcada como traducción automática; las palabras propias de la idea nunca cambian. Corrija una traducción con Editar &gt; Editar traducción.</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>&amp;Traducir</translation>
    </message>
    <message>
        <source>Translate &amp;into:</source>
        <translation>Traducir &amp;a:</translation>
    </message>
    <message>
        <source>&amp;Ideas of:</source>
        <translation>&amp;Ideas de:</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) to translate into %1.</source>
        <translation>
            <numerusform>%n idea para traducir a %1.</numerusform>
            <numerusform>%n ideas para traducir a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) whose language is unknown are not translated (Edit &gt; Detect Languages may find it).</source>
        <translation>
            <numerusform>%n idea cuyo idioma se desconoce no se traduce (Editar &gt; Detectar idiomas puede averiguarlo).</numerusform>
            <numerusform>%n ideas cuyo idioma se desconoce no se traducen (Editar &gt; Detectar idiomas puede averiguarlo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) already in %1.</source>
        <translation>
            <numerusform>%n idea ya en %1.</numerusform>
            <numerusform>%n ideas ya en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n translation(s) made or corrected by a person are kept.</source>
        <translation>
            <numerusform>Se conserva %n traducción hecha o corregida por una persona.</numerusform>
            <numerusform>Se conservan %n traducciones hechas o corregidas por una persona.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workshop has no languages to translate into (Session &gt; Workshop Settings).</source>
        <translation>El taller no tiene idiomas a los que traducir (Sesión &gt; Configuración del taller).</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Translating %n idea(s)…</source>
        <translation>
            <numerusform>Traduciendo %n idea…</numerusform>
            <numerusform>Traduciendo %n ideas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancelled: no translation was stored.</source>
        <translation>Cancelado: no se guardó ninguna traducción.</translation>
    </message>
    <message>
        <source>No translation was stored.</source>
        <translation>No se guardó ninguna traducción.</translation>
    </message>
    <message numerus="yes">
        <source>Translate %n idea(s) into %1</source>
        <translation>
            <numerusform>Traducir %n idea a %1</numerusform>
            <numerusform>Traducir %n ideas a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Translated %n idea(s) into %1 (machine translation). View &gt; Show Translations shows them.</source>
        <translation>
            <numerusform>%n idea traducida a %1 (traducción automática). Ver &gt; Mostrar traducciones la muestra.</numerusform>
            <numerusform>%n ideas traducidas a %1 (traducción automática). Ver &gt; Mostrar traducciones las muestra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::Translation</name>
    <message>
        <source>Apertium is not installed, so ideas cannot be translated. Install the package &quot;apertium&quot; and its language pairs (for example apertium-eng-spa, apertium-fr-es, apertium-es-pt).</source>
        <translation>Apertium no está instalado, así que no se pueden traducir las ideas. Instale el paquete &quot;apertium&quot; y sus pares de idiomas (por ejemplo apertium-eng-spa, apertium-fr-es, apertium-es-pt).</translation>
    </message>
    <message>
        <source>No translation from %1 to %2 is installed: Apertium has no %1-%2 language pair, nor pairs through Spanish. The ideas in %1 keep no translation.</source>
        <translation>No hay ninguna traducción de %1 a %2 instalada: Apertium no tiene el par de idiomas %1-%2, ni pares a través del español. Las ideas en %1 se quedan sin traducción.</translation>
    </message>
    <message>
        <source>Apertium could not be started (%1).</source>
        <translation>No se pudo iniciar Apertium (%1).</translation>
    </message>
    <message>
        <source>Apertium failed translating with %1 (exit code %2): %3</source>
        <translation>Apertium falló al traducir con %1 (código de salida %2): %3</translation>
    </message>
    <message>
        <source>Apertium&apos;s output with %1 did not keep the ideas apart; nothing of that part was stored.</source>
        <translation>La salida de Apertium con %1 no mantuvo separadas las ideas; no se guardó nada de esa parte.</translation>
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
        <translation>Traducción automática (%1): %2</translation>
    </message>
    <message>
        <source>Translation, by a person (%1): %2</source>
        <translation>Traducción, por una persona (%1): %2</translation>
    </message>
</context>
<context>
    <name>pamoja::TranslationEditDialog</name>
    <message>
        <source>Edit Translation</source>
        <translation>Editar traducción</translation>
    </message>
    <message>
        <source>The idea&apos;s words</source>
        <translation>Las palabras de la idea</translation>
    </message>
    <message>
        <source>Now: machine translation. Saving marks it as corrected by a person.</source>
        <translation>Ahora: traducción automática. Al guardar, se marca como corregida por una persona.</translation>
    </message>
    <message>
        <source>Now: a person&apos;s translation.</source>
        <translation>Ahora: traducción de una persona.</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Language of the translation</source>
        <translation>Idioma de la traducción</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Idea:</source>
        <translation>Idea:</translation>
    </message>
    <message>
        <source>&amp;Translation:</source>
        <translation>&amp;Traducción:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Remove translation</source>
        <translation>Eliminar traducción</translation>
    </message>
    <message>
        <source>Correct translation</source>
        <translation>Corregir traducción</translation>
    </message>
</context>
<context>
    <name>pamoja::Validation</name>
    <message>
        <source>Field &quot;%2&quot; of %1 cannot be &quot;%3&quot;; use one of: %4.</source>
        <translation>El campo &quot;%2&quot; de %1 no puede ser &quot;%3&quot;; use uno de estos valores: %4.</translation>
    </message>
    <message>
        <source>Field &quot;%2&quot; of %1 must be between %3 and %4.</source>
        <translation>El campo &quot;%2&quot; de %1 debe estar entre %3 y %4.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; is merged into itself.</source>
        <translation>La idea &quot;%1&quot; está fusionada consigo misma.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; is merged into an idea that does not exist.</source>
        <translation>La idea &quot;%1&quot; está fusionada con una idea que no existe.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; is merged into an idea of another step.</source>
        <translation>La idea &quot;%1&quot; está fusionada con una idea de otro paso.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; is merged into &quot;%2&quot;, which is itself merged into another idea (a chain or a cycle of merges).</source>
        <translation>La idea &quot;%1&quot; está fusionada con &quot;%2&quot;, que a su vez está fusionada con otra idea (una cadena o un ciclo de fusiones).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; refers to %3, which is not in the workshop%4.</source>
        <translation>%1: &quot;%2&quot; hace referencia a %3, que no está en el taller%4.</translation>
    </message>
    <message>
        <source> as a %1</source>
        <translation> como %1</translation>
    </message>
    <message>
        <source>The file holds %1 workshops instead of one.</source>
        <translation>El archivo contiene %1 talleres en lugar de uno.</translation>
    </message>
    <message>
        <source>vote %1: %2 dots on one item in the round &quot;%3&quot;, which allows at most %4.</source>
        <translation>voto %1: %2 puntos en un solo elemento en la ronda &quot;%3&quot;, que permite como máximo %4.</translation>
    </message>
    <message>
        <source>%1 gave %2 dots in the round &quot;%3&quot;, which allows %4 per participant.</source>
        <translation>%1 dio %2 puntos en la ronda &quot;%3&quot;, que permite %4 por participante.</translation>
    </message>
</context>
<context>
    <name>pamoja::Voting</name>
    <message>
        <source>One person, one vote</source>
        <translation>Una persona, un voto</translation>
    </message>
    <message>
        <source>One organisation, one vote</source>
        <translation>Una organización, un voto</translation>
    </message>
    <message>
        <source>Equal weight per constituency</source>
        <translation>Igual peso por grupo de pertenencia</translation>
    </message>
</context>
<context>
    <name>pamoja::VotingPanel</name>
    <message>
        <source>Title of the new round</source>
        <translation>Título de la nueva ronda</translation>
    </message>
    <message>
        <source>e.g. Most important visions</source>
        <translation>p. ej. Visiones más importantes</translation>
    </message>
    <message>
        <source>Dots per participant</source>
        <translation>Puntos por participante</translation>
    </message>
    <message>
        <source>Most dots one person can give one item</source>
        <translation>Máximo de puntos que una persona puede dar a un elemento</translation>
    </message>
    <message>
        <source>What participants vote on</source>
        <translation>Sobre qué votan los participantes</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Agrupaciones</translation>
    </message>
    <message>
        <source>&amp;Open round</source>
        <translation>A&amp;brir ronda</translation>
    </message>
    <message>
        <source>Open a new voting round</source>
        <translation>Abrir una nueva ronda de votación</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nueva ronda</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Dots per person:</source>
        <translation>&amp;Puntos por persona:</translation>
    </message>
    <message>
        <source>&amp;Max per item:</source>
        <translation>&amp;Máximo por elemento:</translation>
    </message>
    <message>
        <source>&amp;Vote on:</source>
        <translation>&amp;Votar sobre:</translation>
    </message>
    <message>
        <source>Voting round</source>
        <translation>Ronda de votación</translation>
    </message>
    <message>
        <source>&amp;Close round</source>
        <translation>&amp;Cerrar ronda</translation>
    </message>
    <message>
        <source>Close or reopen the round</source>
        <translation>Cerrar o reabrir la ronda</translation>
    </message>
    <message>
        <source>Reset &amp;votes…</source>
        <translation>&amp;Reiniciar votos…</translation>
    </message>
    <message>
        <source>Remove every vote of the round</source>
        <translation>Quitar todos los votos de la ronda</translation>
    </message>
    <message>
        <source>Participant whose dots are recorded</source>
        <translation>Participante cuyos puntos se registran</translation>
    </message>
    <message>
        <source>Items to vote on; click to add a dot</source>
        <translation>Elementos por votar; haga clic para agregar un punto</translation>
    </message>
    <message>
        <source>&amp;+ Dot</source>
        <translation>&amp;+ Punto</translation>
    </message>
    <message>
        <source>Add a dot to the current item</source>
        <translation>Agregar un punto al elemento actual</translation>
    </message>
    <message>
        <source>&amp;− Dot</source>
        <translation>&amp;− Punto</translation>
    </message>
    <message>
        <source>Remove a dot from the current item</source>
        <translation>Quitar un punto del elemento actual</translation>
    </message>
    <message>
        <source>Dots left</source>
        <translation>Puntos restantes</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>Participa&amp;nte:</translation>
    </message>
    <message>
        <source>Weighting of the results</source>
        <translation>Ponderación de los resultados</translation>
    </message>
    <message>
        <source>Results of the round</source>
        <translation>Resultados de la ronda</translation>
    </message>
    <message>
        <source>How to read the results</source>
        <translation>Cómo leer los resultados</translation>
    </message>
    <message>
        <source>&amp;Weighting:</source>
        <translation>P&amp;onderación:</translation>
    </message>
    <message>
        <source>Weighting: %1</source>
        <translation>Ponderación: %1</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (cerrada)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Re&amp;open round</source>
        <translation>Reabr&amp;ir ronda</translation>
    </message>
    <message>
        <source>%1 of %2 dots left for %3.</source>
        <translation>A %3 le quedan %1 de %2 puntos.</translation>
    </message>
    <message>
        <source>Add participants to record their dots.</source>
        <translation>Agregue participantes para registrar sus puntos.</translation>
    </message>
    <message>
        <source>Open a round to start voting.</source>
        <translation>Abra una ronda para empezar a votar.</translation>
    </message>
    <message>
        <source>Raw: dots as cast. Weighted: %1, scaled so the totals stay comparable.</source>
        <translation>Bruto: puntos tal como se emitieron. Ponderado: %1, ajustado a escala para que los totales sigan siendo comparables.</translation>
    </message>
    <message>
        <source>Constituencies with fewer than %1 voters are not shown separately, to protect who voted what.</source>
        <translation>Los grupos de pertenencia con menos de %1 votantes no se muestran por separado, para proteger quién votó qué.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n item(s) diverge: constituencies gave them shares of their dots that differ by %1 points or more. Hover for details.</source>
        <translation>
            <numerusform>⚠ %n elemento diverge: los grupos de pertenencia le dieron proporciones de sus puntos que difieren en %1 puntos porcentuales o más. Pase el puntero por encima para ver los detalles.</numerusform>
            <numerusform>⚠ %n elementos divergen: los grupos de pertenencia les dieron proporciones de sus puntos que difieren en %1 puntos porcentuales o más. Pase el puntero por encima para ver los detalles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Ronda %1</translation>
    </message>
    <message>
        <source>Open voting round &quot;%1&quot;</source>
        <translation>Abrir la ronda de votación &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reopen voting round &quot;%1&quot;</source>
        <translation>Reabrir la ronda de votación &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Close voting round &quot;%1&quot;</source>
        <translation>Cerrar la ronda de votación &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reset votes</source>
        <translation>Reiniciar votos</translation>
    </message>
    <message>
        <source>Remove every vote of &quot;%1&quot;? The reset is logged and can be undone.</source>
        <translation>¿Quitar todos los votos de &quot;%1&quot;? El reinicio queda registrado y se puede deshacer.</translation>
    </message>
    <message>
        <source>Reset votes of &quot;%1&quot;</source>
        <translation>Reiniciar los votos de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Dot from %1</source>
        <translation>Punto de %1</translation>
    </message>
    <message>
        <source>Dot removed for %1</source>
        <translation>Punto retirado a %1</translation>
    </message>
</context>
<context>
    <name>pamoja::WorkshopData</name>
    <message>
        <source>A change names no %1.</source>
        <translation>Un cambio no identifica ningún registro de tipo %1.</translation>
    </message>
    <message>
        <source>That %1 already exists.</source>
        <translation>Ese registro de tipo %1 ya existe.</translation>
    </message>
    <message>
        <source>That %1 no longer exists.</source>
        <translation>Ese registro de tipo %1 ya no existe.</translation>
    </message>
    <message>
        <source>That %1 was changed in the meantime.</source>
        <translation>Ese registro de tipo %1 se modificó mientras tanto.</translation>
    </message>
    <message>
        <source>The new %1 reuses the id of an existing %2.</source>
        <translation>El nuevo elemento (%1) reutiliza el id de un elemento existente (%2).</translation>
    </message>
</context>
<context>
    <name>pamoja::WorkshopLocation</name>
    <message>
        <source>The %1 has a broken percent escape (a %% must be followed by two hexadecimal digits).</source>
        <translation>%1 tiene una codificación porcentual incorrecta (un %% debe ir seguido de dos dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>The %1 is not valid UTF-8 once decoded.</source>
        <translation>%1 no es UTF-8 válido tras la descodificación.</translation>
    </message>
    <message>
        <source>The %1 contains a control character.</source>
        <translation>%1 contiene un carácter de control.</translation>
    </message>
    <message>
        <source>A postgresql:// location cannot have a # part.</source>
        <translation>Una ubicación postgresql:// no puede tener una parte #.</translation>
    </message>
    <message>
        <source>A postgresql:// location needs a database name after the host, as in postgresql://host/dbname.</source>
        <translation>Una ubicación postgresql:// necesita un nombre de base de datos después del host, como en postgresql://host/dbname.</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>El nombre de la base de datos</translation>
    </message>
    <message>
        <source>The database name cannot contain a slash.</source>
        <translation>El nombre de la base de datos no puede contener una barra (/).</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>El nombre de usuario</translation>
    </message>
    <message>
        <source>password</source>
        <translation>La contraseña</translation>
    </message>
    <message>
        <source>The user name before @ is empty.</source>
        <translation>El nombre de usuario antes de @ está vacío.</translation>
    </message>
    <message>
        <source>Pamoja connects to one database server: give one host, not a list.</source>
        <translation>Pamoja se conecta a un solo servidor de bases de datos: indique un solo host, no una lista.</translation>
    </message>
    <message>
        <source>The IPv6 address is missing its closing ].</source>
        <translation>A la dirección IPv6 le falta el ] de cierre.</translation>
    </message>
    <message>
        <source>Only a :port may follow the IPv6 address.</source>
        <translation>Después de la dirección IPv6 solo puede ir un :port.</translation>
    </message>
    <message>
        <source>The IPv6 address is not valid.</source>
        <translation>La dirección IPv6 no es válida.</translation>
    </message>
    <message>
        <source>The port after : is empty.</source>
        <translation>El puerto después de : está vacío.</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>El nombre de host</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; is not valid.</source>
        <translation>El nombre de host &quot;%1&quot; no es válido.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>El puerto debe ser un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>Each parameter after ? must be name=value.</source>
        <translation>Cada parámetro después de ? debe tener la forma name=value.</translation>
    </message>
    <message>
        <source>parameter name</source>
        <translation>El nombre del parámetro</translation>
    </message>
    <message>
        <source>value of %1</source>
        <translation>El valor de %1</translation>
    </message>
    <message>
        <source>The parameter %1 is given twice.</source>
        <translation>El parámetro %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>The workshop parameter must be a workshop&apos;s id, as `pamoja repo list` shows it.</source>
        <translation>El parámetro workshop debe ser el identificador de un taller, tal como lo muestra `pamoja repo list`.</translation>
    </message>
    <message>
        <source>The value of %1 is not valid (file names here cannot contain spaces or quotes).</source>
        <translation>El valor de %1 no es válido (aquí los nombres de archivo no pueden contener espacios ni comillas).</translation>
    </message>
    <message>
        <source>No workshop given: name a file or a postgresql:// location.</source>
        <translation>No se indicó ningún taller: indique un archivo o una ubicación postgresql://.</translation>
    </message>
    <message>
        <source>The location is longer than %1 characters.</source>
        <translation>La ubicación tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>Pamoja opens workshop files and postgresql:// locations; &quot;%1://&quot; is neither.</source>
        <translation>Pamoja abre archivos de taller y ubicaciones postgresql://; &quot;%1://&quot; no es ninguna de las dos cosas.</translation>
    </message>
    <message>
        <source>Pamoja does not know the parameter %1; it passes on sslmode, connect_timeout, application_name, sslrootcert, sslcert, sslkey, sslcrl, passfile, target_session_attrs, keepalives_idle, keepalives_interval, keepalives_count and tcp_user_timeout.</source>
        <translation>Pamoja no conoce el parámetro %1; transmite sslmode, connect_timeout, application_name, sslrootcert, sslcert, sslkey, sslcrl, passfile, target_session_attrs, keepalives_idle, keepalives_interval, keepalives_count y tcp_user_timeout.</translation>
    </message>
</context>
<context>
    <name>pamoja::WorkshopSettingsDialog</name>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Workshop Settings</source>
        <translation>Configuración del taller</translation>
    </message>
    <message>
        <source>Workshop title</source>
        <translation>Título del taller</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Contexto:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrido</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>Asincrónico</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>e.g. en,fr,es</source>
        <translation>p. ej. en,fr,es</translation>
    </message>
    <message>
        <source>Language codes separated by commas; the first is the main language.</source>
        <translation>Códigos de idioma separados por comas; el primero es el idioma principal.</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>F&amp;acilitators:</source>
        <translation>&amp;Facilitadores:</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation>Anonimato</translation>
    </message>
    <message>
        <source>Participants choose per contribution</source>
        <translation>Los participantes eligen en cada aporte</translation>
    </message>
    <message>
        <source>Every contribution is named</source>
        <translation>Todos los aportes llevan nombre</translation>
    </message>
    <message>
        <source>Every contribution is anonymous</source>
        <translation>Todos los aportes son anónimos</translation>
    </message>
    <message>
        <source>A&amp;nonymity:</source>
        <translation>&amp;Anonimato:</translation>
    </message>
    <message>
        <source>Default vote weighting</source>
        <translation>Ponderación predeterminada de los votos</translation>
    </message>
    <message>
        <source>&amp;Vote weighting:</source>
        <translation>&amp;Ponderación de votos:</translation>
    </message>
    <message>
        <source>&amp;Private writing: new ideas stay hidden until revealed</source>
        <translation>&amp;Escritura en privado: las ideas nuevas permanecen ocultas hasta que se revelan</translation>
    </message>
    <message>
        <source>Private writing</source>
        <translation>Escritura en privado</translation>
    </message>
    <message>
        <source>Open or create a workshop first.</source>
        <translation>Primero abra o cree un taller.</translation>
    </message>
    <message>
        <source>A workshop needs a title.</source>
        <translation>Un taller debe tener un título.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>El último día es anterior al primer día.</translation>
    </message>
    <message>
        <source>Change anonymity from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Cambiar el anonimato de &quot;%1&quot; a &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Change workshop settings</source>
        <translation>Cambiar la configuración del taller</translation>
    </message>
</context>
<context>
    <name>pamoja::WorkshopStore</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder does not exist or is not writable.</source>
        <translation>No se puede crear %1: la carpeta no existe o no tiene permiso de escritura.</translation>
    </message>
    <message>
        <source>%1 is being created by another program.</source>
        <translation>Otro programa está creando %1.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>No se pudo crear %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 no es un archivo legible.</translation>
    </message>
    <message>
        <source>%1 is not a Pamoja workshop file.</source>
        <translation>%1 no es un archivo de taller de Pamoja.</translation>
    </message>
    <message>
        <source>%1 cannot be written here; open it read-only.</source>
        <translation>No se puede escribir en %1 aquí; ábralo en modo de solo lectura.</translation>
    </message>
    <message>
        <source>%1 is open in another Pamoja (process %2 on %3); close it there first. Nothing was changed.</source>
        <translation>%1 está abierto en otra instancia de Pamoja (proceso %2 en %3); ciérrelo allí primero. No se modificó nada.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Pamoja workshop file.</source>
        <translation>%1 está dañado o no es un archivo de taller de Pamoja.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Pamoja workshop file.</source>
        <translation>%1 es una base de datos SQLite, pero no un archivo de taller de Pamoja.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Pamoja (file version %2; this one reads up to %3). Update Pamoja to open it; the file was not changed.</source>
        <translation>%1 fue creado con una versión más reciente de Pamoja (versión de archivo %2; esta versión lee hasta la %3). Actualice Pamoja para abrirlo; el archivo no se modificó.</translation>
    </message>
    <message>
        <source>%1 is damaged (the database check failed). Use a backup copy; the file was not changed.</source>
        <translation>%1 está dañado (falló la comprobación de la base de datos). Use una copia de seguridad; el archivo no se modificó.</translation>
    </message>
    <message>
        <source>%1 was written by an older Pamoja and must be upgraded; open it for writing.</source>
        <translation>%1 fue creado con una versión anterior de Pamoja y debe actualizarse; ábralo con permiso de escritura.</translation>
    </message>
    <message>
        <source>Could not prepare %1: %2</source>
        <translation>No se pudo preparar %1: %2</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it: %2</source>
        <translation>No se pudo hacer una copia de seguridad de %1 antes de actualizarlo: %2</translation>
    </message>
    <message>
        <source>Could not upgrade %1: %2. The file was left as it was; a backup is at %3.</source>
        <translation>No se pudo actualizar %1: %2. El archivo quedó como estaba; hay una copia de seguridad en %3.</translation>
    </message>
    <message>
        <source>This workshop is open read-only; the change was not made.</source>
        <translation>Este taller está abierto en modo de solo lectura; no se realizó el cambio.</translation>
    </message>
    <message>
        <source>Could not start saving: %1</source>
        <translation>No se pudo empezar a guardar: %1</translation>
    </message>
    <message>
        <source>The change could not be saved and was not made: %1</source>
        <translation>No se pudo guardar el cambio, por lo que no se realizó: %1</translation>
    </message>
    <message>
        <source>Choose a different file name for the copy.</source>
        <translation>Elija otro nombre de archivo para la copia.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Table %1 refers to a missing row in %2.</source>
        <translation>La tabla %1 hace referencia a una fila inexistente de %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: some of its tables are missing. Use a backup copy; the file was not changed.</source>
        <translation>%1 está dañado: faltan algunas de sus tablas. Use una copia de seguridad; el archivo no se modificó.</translation>
    </message>
    <message>
        <source>Could not read the %1 table of %2: %3</source>
        <translation>No se pudo leer la tabla %1 de %2: %3</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved and was not made. Free some space, then try again.</source>
        <translation>El disco está lleno: el cambio no se guardó ni se realizó. Libere algo de espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The workshop file could not be written (%1): the change was not made. Check that the disk or stick is still there and writable, then try again.</source>
        <translation>No se pudo escribir el archivo del taller (%1): no se realizó el cambio. Compruebe que el disco o la memoria USB siguen conectados y admiten escritura, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2). Check that the file and its folder can be read and written; the file was not changed.</source>
        <translation>No se pudo abrir %1 (%2). Compruebe que el archivo y su carpeta se pueden leer y escribir; el archivo no se modificó.</translation>
    </message>
    <message>
        <source>%1 was deleted, moved or replaced by another program while it was open; the change was not made. Use Save a Copy to keep this workshop as it is.</source>
        <translation>Otro programa eliminó, movió o reemplazó %1 mientras estaba abierto; no se realizó el cambio. Use Guardar una copia para conservar este taller tal como está.</translation>
    </message>
    <message>
        <source>Could not prepare %1 for safe reading: %2</source>
        <translation>No se pudo preparar %1 para una lectura segura: %2</translation>
    </message>
    <message>
        <source>memory mapping stayed on</source>
        <translation>la asignación en memoria siguió activa</translation>
    </message>
    <message>
        <source>The change was not saved: a %1 has no field &quot;%2&quot;.</source>
        <translation>El cambio no se guardó: un %1 no tiene el campo &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The change was not saved: a change to a %1 names no fields.</source>
        <translation>El cambio no se guardó: un cambio de un %1 no indica ningún campo.</translation>
    </message>
    <message>
        <source>Could not read the history of %1: %2</source>
        <translation>No se pudo leer el historial de %1: %2</translation>
    </message>
    <message>
        <source>entry %1 is damaged (%2)</source>
        <translation>la entrada %1 está dañada (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: its file version (%2) is not one Pamoja ever wrote. Use a backup copy; the file was not changed.</source>
        <translation>%1 está dañado: su versión de archivo (%2) no es ninguna que Pamoja haya escrito. Use una copia de seguridad; el archivo no se modificó.</translation>
    </message>
    <message>
        <source>The schema statement uses %1, which has no PostgreSQL form yet.</source>
        <translation>La instrucción del esquema usa %1, que aún no tiene equivalente en PostgreSQL.</translation>
    </message>
    <message>
        <source>The change was not made: someone else changed or removed this %1 in the meantime. Reopen the workshop to see their change, then try again.</source>
        <translation>No se hizo el cambio: otra persona modificó o eliminó este registro de tipo %1 mientras tanto. Vuelva a abrir el taller para ver ese cambio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The change could not be saved: the %1 in the file is not the one it was made from.</source>
        <translation>No se pudo guardar el cambio: el registro de tipo %1 del archivo ya no es aquel a partir del cual se hizo.</translation>
    </message>
    <message>
        <source>Pamoja cannot reach PostgreSQL here: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>Pamoja no puede acceder a PostgreSQL aquí: falta el controlador PostgreSQL de Qt (paquete de Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>No se pudo conectar a %1: %2</translation>
    </message>
    <message>
        <source>Could not create the workshop in %1: %2</source>
        <translation>No se pudo crear el taller en %1: %2</translation>
    </message>
    <message>
        <source>%1 already holds a workshop with the id %2; nothing was changed.</source>
        <translation>%1 ya contiene un taller con el identificador %2; no se cambió nada.</translation>
    </message>
    <message>
        <source>Name the workshop to open: add ?workshop=ID to %1 (pamoja repo list shows the ids).</source>
        <translation>Indique qué taller abrir: añada ?workshop=ID a %1 (pamoja repo list muestra los identificadores).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>The database of %1 holds no Pamoja workshops.</source>
        <translation>La base de datos de %1 no contiene talleres de Pamoja.</translation>
    </message>
    <message>
        <source>The database has no workshop with the id %1 (pamoja repo list shows the ids).</source>
        <translation>La base de datos no contiene ningún taller con el identificador %1 (pamoja repo list muestra los identificadores).</translation>
    </message>
    <message>
        <source>The workshop %1 is damaged in its database (its schema name is not its own).</source>
        <translation>El taller %1 está dañado en su base de datos (el nombre de su esquema no es el suyo).</translation>
    </message>
    <message>
        <source>The workshop %1 is damaged: its version (%2) is not one Pamoja ever wrote.</source>
        <translation>El taller %1 está dañado: su versión (%2) no es ninguna que Pamoja haya escrito.</translation>
    </message>
    <message>
        <source>The workshop %1 was written by a newer Pamoja (version %2; this one reads up to %3). Update Pamoja to open it; nothing was changed.</source>
        <translation>El taller %1 fue creado con una versión más reciente de Pamoja (versión %2; esta versión lee hasta la %3). Actualice Pamoja para abrirlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>The workshop %1 is damaged: some of its tables are missing. Nothing was changed.</source>
        <translation>El taller %1 está dañado: faltan algunas de sus tablas. No se cambió nada.</translation>
    </message>
    <message>
        <source>The workshop %1 was written by an older Pamoja and must be upgraded; open it for writing.</source>
        <translation>El taller %1 fue creado con una versión anterior de Pamoja y debe actualizarse; ábralo en modo de escritura.</translation>
    </message>
    <message>
        <source>Could not upgrade the workshop %1: %2. It was left as it was.</source>
        <translation>No se pudo actualizar el taller %1: %2. Se dejó como estaba.</translation>
    </message>
    <message>
        <source>Give a postgresql:// location to list its workshops.</source>
        <translation>Indique una ubicación postgresql:// para listar sus talleres.</translation>
    </message>
    <message>
        <source>Could not copy the workshop to %1: %2</source>
        <translation>No se pudo copiar el taller a %1: %2</translation>
    </message>
    <message>
        <source>the connection to the database is lost</source>
        <translation>se perdió la conexión con la base de datos</translation>
    </message>
</context>
<context>
    <name>pamoja::Workspace</name>
    <message>
        <source>Open or create a workshop first.</source>
        <translation>Primero abra o cree un taller.</translation>
    </message>
</context>
<context>
    <name>pamoja::Xlsx</name>
    <message>
        <source>The spreadsheet could not be read.</source>
        <translation>No se pudo leer la hoja de cálculo.</translation>
    </message>
    <message>
        <source>The file looks like a spreadsheet (XLSX) but its ZIP container is damaged.</source>
        <translation>El archivo parece una hoja de cálculo (XLSX) pero su contenedor ZIP está dañado.</translation>
    </message>
    <message>
        <source>The spreadsheet has more parts than any workbook of ideas needs (%1); it is refused.</source>
        <translation>La hoja de cálculo tiene más partes de las que necesita un libro de ideas (%1); se rechaza.</translation>
    </message>
    <message>
        <source>The spreadsheet has no part &quot;%1&quot;.</source>
        <translation>La hoja de cálculo no tiene la parte «%1».</translation>
    </message>
    <message>
        <source>The spreadsheet part &quot;%1&quot; does not say how large it is.</source>
        <translation>La parte «%1» de la hoja de cálculo no indica su tamaño.</translation>
    </message>
    <message>
        <source>The spreadsheet part &quot;%1&quot; unpacks to %2 MB, more than a workbook of ideas needs; it is refused.</source>
        <translation>La parte «%1» de la hoja de cálculo se descomprime en %2 MB, más de lo que necesita un libro de ideas; se rechaza.</translation>
    </message>
    <message>
        <source>The spreadsheet part &quot;%1&quot; is compressed %2 times, as only a zip bomb is; it is refused.</source>
        <translation>La parte «%1» de la hoja de cálculo está comprimida %2 veces, como solo lo está una bomba ZIP; se rechaza.</translation>
    </message>
    <message>
        <source>The spreadsheet part &quot;%1&quot; cannot be opened (encrypted or damaged).</source>
        <translation>No se puede abrir la parte «%1» de la hoja de cálculo (cifrada o dañada).</translation>
    </message>
    <message>
        <source>The spreadsheet part &quot;%1&quot; is damaged (it does not unpack to the size it declares).</source>
        <translation>La parte «%1» de la hoja de cálculo está dañada (no se descomprime al tamaño que declara).</translation>
    </message>
    <message>
        <source>The spreadsheet part &quot;%1&quot; is not valid XML (line %2: %3).</source>
        <translation>La parte «%1» de la hoja de cálculo no es XML válido (línea %2: %3).</translation>
    </message>
    <message>
        <source>The spreadsheet declares a DTD, which workbooks never do; it is refused.</source>
        <translation>La hoja de cálculo declara una DTD, algo que los libros nunca hacen; se rechaza.</translation>
    </message>
    <message>
        <source>The spreadsheet has no worksheet.</source>
        <translation>La hoja de cálculo no tiene ninguna hoja.</translation>
    </message>
    <message>
        <source>The spreadsheet&apos;s first sheet points outside the workbook (&quot;%1&quot;).</source>
        <translation>La primera hoja apunta fuera del libro («%1»).</translation>
    </message>
    <message>
        <source>The spreadsheet&apos;s first sheet cannot be found.</source>
        <translation>No se encuentra la primera hoja.</translation>
    </message>
    <message>
        <source>Shared string %1 is longer than %2 characters.</source>
        <translation>La cadena compartida %1 supera los %2 caracteres.</translation>
    </message>
    <message>
        <source>Row %1: the sheet has more than %2 rows.</source>
        <translation>Fila %1: la hoja tiene más de %2 filas.</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a cell reference.</source>
        <translation>Fila %1: «%2» no es una referencia de celda.</translation>
    </message>
    <message>
        <source>Row %1, cell %2: the sheet has more than %3 columns.</source>
        <translation>Fila %1, celda %2: la hoja tiene más de %3 columnas.</translation>
    </message>
    <message>
        <source>Row %1, cell %2 refers to a shared string that is not in the file.</source>
        <translation>Fila %1, la celda %2 remite a una cadena compartida que no está en el archivo.</translation>
    </message>
    <message>
        <source>Row %1, cell %2 is longer than %3 characters.</source>
        <translation>Fila %1, la celda %2 supera los %3 caracteres.</translation>
    </message>
</context>
</TS>
