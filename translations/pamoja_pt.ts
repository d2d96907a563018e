<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>pamoja::ActionModel</name>
    <message>
        <source>(nobody)</source>
        <translation>(ninguém)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Both owners are %1; a Northern and a Southern co-owner share power better.</source>
        <translation>Os dois responsáveis pertencem ao grupo %1; um corresponsável do Norte e outro do Sul partilham melhor o poder.</translation>
    </message>
    <message>
        <source>⚠ Same side</source>
        <translation>⚠ Mesmo lado</translation>
    </message>
    <message>
        <source>Write the due date as year-month-day, for example 2026-03-31.</source>
        <translation>Escreva o prazo no formato ano-mês-dia, por exemplo 2026-03-31.</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Editar ação</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Co-owner</source>
        <translation>Corresponsável</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>System changes</source>
        <translation>Mudanças sistémicas</translation>
    </message>
    <message>
        <source>From workshop</source>
        <translation>Oficina de origem</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Equilíbrio</translation>
    </message>
</context>
<context>
    <name>pamoja::BalanceMeter</name>
    <message>
        <source>Participation balance</source>
        <translation>Equilíbrio da participação</translation>
    </message>
    <message>
        <source>%1: %2% of people, %3% of ideas, %4% of votes</source>
        <translation>%1: %2% das pessoas, %3% das ideias, %4% dos votos</translation>
    </message>
    <message>
        <source>⚠ %1 gave %2% of the ideas but are %3% of the people present.</source>
        <translation>⚠ %1: %2% das ideias, mas %3% das pessoas presentes.</translation>
    </message>
    <message>
        <source>⚠ %1 cast %2% of the votes but are %3% of the people present.</source>
        <translation>⚠ %1: %2% dos votos, mas %3% das pessoas presentes.</translation>
    </message>
    <message>
        <source>Southern CSO</source>
        <translation>OSC do Sul</translation>
    </message>
    <message>
        <source>people</source>
        <translation>pessoas</translation>
    </message>
    <message>
        <source>ideas</source>
        <translation>ideias</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>votos</translation>
    </message>
    <message>
        <source>Mark participants as present to see the balance.</source>
        <translation>Marque os participantes como presentes para ver o equilíbrio.</translation>
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
        <translation>Todos os pontos</translation>
    </message>
    <message>
        <source>Their dots</source>
        <translation>Pontos desta pessoa</translation>
    </message>
</context>
<context>
    <name>pamoja::BoardScene</name>
    <message numerus="yes">
        <source>Move %n idea(s) into cluster &quot;%1&quot;</source>
        <translation>
            <numerusform>Mover %n ideia para o agrupamento &quot;%1&quot;</numerusform>
            <numerusform>Mover %n ideias para o agrupamento &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a cluster</source>
        <translation>Criar um agrupamento</translation>
    </message>
    <message numerus="yes">
        <source>Move %n idea(s)</source>
        <translation>
            <numerusform>Mover %n ideia</numerusform>
            <numerusform>Mover %n ideias</numerusform>
        </translation>
    </message>
    <message>
        <source>Move cluster &quot;%1&quot;</source>
        <translation>Mover o agrupamento &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Collapse or expand a cluster</source>
        <translation>Recolher ou expandir um agrupamento</translation>
    </message>
    <message>
        <source>Rename cluster to &quot;%1&quot;</source>
        <translation>Renomear o agrupamento para &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit an idea&apos;s words</source>
        <translation>Editar o texto de uma ideia</translation>
    </message>
    <message>
        <source>Change a cluster&apos;s colour</source>
        <translation>Mudar a cor de um agrupamento</translation>
    </message>
    <message>
        <source>Select two or more ideas to merge.</source>
        <translation>Selecione duas ou mais ideias para fundir.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n duplicate(s)</source>
        <translation>
            <numerusform>Fundir %n duplicado</numerusform>
            <numerusform>Fundir %n duplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n idea(s)</source>
        <translation>
            <numerusform>Eliminar %n ideia</numerusform>
            <numerusform>Eliminar %n ideias</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete ideas and clusters</source>
        <translation>Eliminar ideias e agrupamentos</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Desagrupar</translation>
    </message>
    <message>
        <source>Hide ideas</source>
        <translation>Ocultar ideias</translation>
    </message>
    <message>
        <source>Show hidden ideas</source>
        <translation>Mostrar as ideias ocultas</translation>
    </message>
    <message numerus="yes">
        <source>Reveal %n idea(s)</source>
        <translation>
            <numerusform>Revelar %n ideia</numerusform>
            <numerusform>Revelar %n ideias</numerusform>
        </translation>
    </message>
    <message>
        <source>Original words: %1</source>
        <translation>Texto original: %1</translation>
    </message>
    <message>
        <source>Merged duplicates:</source>
        <translation>Duplicados fundidos:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n idea(s)</source>
        <translation>
            <numerusform>%1: %n ideia</numerusform>
            <numerusform>%1: %n ideias</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an idea that has merged duplicates.</source>
        <translation>Selecione uma ideia que tenha duplicados fundidos.</translation>
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
        <translation>Fundir o agrupamento &quot;%1&quot; em &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n item(s)</source>
        <translation>
            <numerusform>Deslocar ligeiramente %n elemento</numerusform>
            <numerusform>Deslocar ligeiramente %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>Marcar como revisto</translation>
    </message>
</context>
<context>
    <name>pamoja::BoardStyle</name>
    <message>
        <source>South</source>
        <translation>Sul</translation>
    </message>
    <message>
        <source>North</source>
        <translation>Norte</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Doador</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
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
        <translation>Quadro de ideias</translation>
    </message>
    <message>
        <source>Revealed ideas</source>
        <translation>Ideias reveladas</translation>
    </message>
    <message>
        <source>Notes and clusters. Arrow keys move between notes, Enter edits, Delete removes. The outline view shows the same ideas as a list.</source>
        <translation>Notas e agrupamentos. As teclas de seta passam de uma nota para outra, Enter edita, Delete remove. A vista de estrutura mostra as mesmas ideias em forma de lista.</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>Ajustar à janela</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <source>&amp;Merge Duplicates</source>
        <translation>&amp;Fundir duplicados</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Group into Cluster</source>
        <translation>A&amp;grupar</translation>
    </message>
    <message>
        <source>&amp;Ungroup</source>
        <translation>&amp;Desagrupar</translation>
    </message>
    <message>
        <source>&amp;Rename Cluster</source>
        <translation>Re&amp;nomear agrupamento</translation>
    </message>
    <message>
        <source>&amp;Collapse or Expand Cluster</source>
        <translation>&amp;Recolher ou expandir agrupamento</translation>
    </message>
    <message>
        <source>&amp;Hide from Presenter View</source>
        <translation>&amp;Ocultar da vista de apresentação</translation>
    </message>
    <message>
        <source>Show &amp;Original Words</source>
        <translation>Mostrar o &amp;texto original</translation>
    </message>
    <message>
        <source>These ideas keep their original words.</source>
        <translation>Estas ideias conservam o seu texto original.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Cor %1</translation>
    </message>
    <message>
        <source>&amp;Separate Duplicates</source>
        <translation>&amp;Separar duplicados</translation>
    </message>
    <message>
        <source>Mark as Re&amp;viewed</source>
        <translation>Marcar como re&amp;visto</translation>
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
        <translation>Ideias retidas pela escrita privada</translation>
    </message>
    <message>
        <source>Reveal the hidden ideas</source>
        <translation>Revelar as ideias ocultas</translation>
    </message>
    <message>
        <source>Show every idea of this step that private writing still holds back</source>
        <translation>Mostrar todas as ideias desta etapa que a escrita privada ainda retém</translation>
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
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Type an idea and press Enter</source>
        <translation>Escreva uma ideia e pressione Enter</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Nova ideia</translation>
    </message>
    <message>
        <source>Enter adds the idea to the active prompt; the cursor stays here.</source>
        <translation>Enter adiciona a ideia à pergunta ativa; o cursor fica aqui.</translation>
    </message>
    <message>
        <source>Contributed by</source>
        <translation>Contribuição de</translation>
    </message>
    <message>
        <source>Who contributed the idea; anonymous stores no author</source>
        <translation>Quem contribuiu com a ideia; uma ideia anónima não guarda nenhum autor</translation>
    </message>
    <message>
        <source>Add the idea</source>
        <translation>Adicionar a ideia</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation>Adicionar ideia</translation>
    </message>
</context>
<context>
    <name>pamoja::Catalogue</name>
    <message>
        <source>Pamoja derived list v1 (not the working group&apos;s official list)</source>
        <translation>Lista derivada do Pamoja v1 (não é a lista oficial do grupo de trabalho)</translation>
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
        <translation>Catálogo de temas, fatores e medidas</translation>
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
        <translation>Fatores</translation>
    </message>
    <message>
        <source>Corrective measures</source>
        <translation>Medidas corretivas</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Catalogue entries</source>
        <translation>Entradas do catálogo</translation>
    </message>
    <message>
        <source>Name of the new entry</source>
        <translation>Nome da nova entrada</translation>
    </message>
    <message>
        <source>New entry name</source>
        <translation>Nome da nova entrada</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dicionar</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Adicionar entrada</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Remover entrada</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the catalogue as JSON</source>
        <translation>Exportar o catálogo em JSON</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import a catalogue from JSON</source>
        <translation>Importar um catálogo em JSON</translation>
    </message>
    <message>
        <source>Add catalogue entry &quot;%1&quot;</source>
        <translation>Adicionar a entrada de catálogo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove catalogue entry</source>
        <translation>Remover entrada do catálogo</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is used on %n idea(s), cluster(s) or change(s). Remove it and its tags?</source>
        <translation>
            <numerusform>A entrada &quot;%1&quot; é usada em %n ideia, agrupamento ou mudança. Removê-la juntamente com as suas etiquetas?</numerusform>
            <numerusform>A entrada &quot;%1&quot; é usada em %n ideias, agrupamentos ou mudanças. Removê-la juntamente com as suas etiquetas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove catalogue entry &quot;%1&quot;</source>
        <translation>Remover a entrada de catálogo &quot;%1&quot;</translation>
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
        <translation>Não foi possível escrever %1: %2</translation>
    </message>
    <message>
        <source>Import catalogue</source>
        <translation>Importar catálogo</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>Catalogue imported</source>
        <translation>Catálogo importado</translation>
    </message>
    <message>
        <source>%1 entries added, %2 updated.</source>
        <translation>Entradas adicionadas: %1; atualizadas: %2.</translation>
    </message>
</context>
<context>
    <name>pamoja::CatalogueJson</name>
    <message>
        <source>This is not a catalogue Pamoja can read: %1</source>
        <translation>Este não é um catálogo que o Pamoja consiga ler: %1</translation>
    </message>
    <message>
        <source>the file is larger than 4 MB.</source>
        <translation>o ficheiro tem mais de 4 MB.</translation>
    </message>
    <message>
        <source>it is not valid JSON.</source>
        <translation>não é JSON válido.</translation>
    </message>
    <message>
        <source>the format is not &quot;pamoja-catalogue&quot;.</source>
        <translation>o formato não é &quot;pamoja-catalogue&quot;.</translation>
    </message>
    <message>
        <source>it was written by a newer version of Pamoja.</source>
        <translation>foi escrito por uma versão mais recente do Pamoja.</translation>
    </message>
    <message>
        <source>it has no list of items.</source>
        <translation>não tem uma lista de elementos.</translation>
    </message>
    <message>
        <source>it has more than %1 items.</source>
        <translation>tem mais de %1 elementos.</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>o elemento %1</translation>
    </message>
    <message>
        <source>%1 has no valid kind.</source>
        <translation>%1 não tem um tipo válido.</translation>
    </message>
    <message>
        <source>%1 has no valid code.</source>
        <translation>%1 não tem um código válido.</translation>
    </message>
    <message>
        <source>%1 has an invalid %2.</source>
        <translation>%1 tem um valor inválido em %2.</translation>
    </message>
    <message>
        <source>%1 has no name.</source>
        <translation>%1 não tem nome.</translation>
    </message>
    <message>
        <source>the code %1 appears twice.</source>
        <translation>o código %1 aparece duas vezes.</translation>
    </message>
    <message>
        <source>it has no valid version.</source>
        <translation>não tem uma versão válida.</translation>
    </message>
    <message>
        <source>%1 has invalid keywords.</source>
        <translation>%1 tem palavras-chave inválidas.</translation>
    </message>
</context>
<context>
    <name>pamoja::CatalogueModel</name>
    <message>
        <source>Edit catalogue entry</source>
        <translation>Editar entrada do catálogo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Proveniência</translation>
    </message>
    <message>
        <source>Counters factors</source>
        <translation>Contraria os fatores</translation>
    </message>
    <message>
        <source>Countered by</source>
        <translation>Contrariado por</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilizações</translation>
    </message>
    <message>
        <source>Keywords (%1)</source>
        <translation>Palavras-chave (%1)</translation>
    </message>
</context>
<context>
    <name>pamoja::ChangeSet</name>
    <message>
        <source>The change log is not readable: %1</source>
        <translation>O registo de alterações não é legível: %1</translation>
    </message>
    <message>
        <source>it is not a list of changes.</source>
        <translation>não é uma lista de alterações.</translation>
    </message>
    <message>
        <source>change %1 is not an object.</source>
        <translation>a alteração %1 não é um objeto.</translation>
    </message>
    <message>
        <source>change %1 is of an unknown kind &quot;%2&quot;.</source>
        <translation>a alteração %1 é de um tipo desconhecido &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>change %1 has an unknown operation &quot;%2&quot;.</source>
        <translation>a alteração %1 tem uma operação desconhecida &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>change %1 has no valid id.</source>
        <translation>a alteração %1 não tem um identificador válido.</translation>
    </message>
    <message>
        <source>change %1 has a &quot;%2&quot; that is not an object.</source>
        <translation>a alteração %1 tem um &quot;%2&quot; que não é um objeto.</translation>
    </message>
</context>
<context>
    <name>pamoja::Cli</name>
    <message numerus="yes">
        <source>expected %n file argument(s); see --help.</source>
        <translation>
            <numerusform>esperava-se %n argumento de ficheiro; consulte --help.</numerusform>
            <numerusform>esperavam-se %n argumentos de ficheiro; consulte --help.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 é obrigatório.</translation>
    </message>
    <message>
        <source>The workshop&apos;s title.</source>
        <translation>O título da oficina.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Add a participant to a workshop.</source>
        <translation>Adicionar um participante a uma oficina.</translation>
    </message>
    <message>
        <source>Name or alias.</source>
        <translation>Nome ou pseudónimo.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Organisation (created when new).</source>
        <translation>Organização (criada se ainda não existir).</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organização</translation>
    </message>
    <message>
        <source>south, north, donor or other.</source>
        <translation>south, north, donor ou other.</translation>
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
        <translation>Código de língua, p. ex. fr.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>participant (default), facilitator or observer.</source>
        <translation>participant (predefinido), facilitator ou observer.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>papel</translation>
    </message>
    <message>
        <source>The participant agrees to be named in outputs.</source>
        <translation>O participante aceita ser identificado pelo nome nos documentos produzidos.</translation>
    </message>
    <message>
        <source>The workshop file.</source>
        <translation>O ficheiro da oficina.</translation>
    </message>
    <message>
        <source>--role must be participant, facilitator or observer.</source>
        <translation>--role tem de ser participant, facilitator ou observer.</translation>
    </message>
    <message>
        <source>Add participant %1</source>
        <translation>Adicionar o participante %1</translation>
    </message>
    <message>
        <source>Add an idea to a workshop; prints the new idea&apos;s id.</source>
        <translation>Adicionar uma ideia a uma oficina; mostra o id da nova ideia.</translation>
    </message>
    <message>
        <source>envision, change or action.</source>
        <translation>envision, change ou action.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>etapa</translation>
    </message>
    <message>
        <source>The idea&apos;s text.</source>
        <translation>O texto da ideia.</translation>
    </message>
    <message>
        <source>Name of the contributing participant.</source>
        <translation>Nome do participante que contribui com a ideia.</translation>
    </message>
    <message>
        <source>Store no author (the default without --participant).</source>
        <translation>Não guardar nenhum autor (o predefinido sem --participant).</translation>
    </message>
    <message>
        <source>For anonymous ideas: the constituency it comes from.</source>
        <translation>Para ideias anónimas: o grupo de pertença de onde vem a ideia.</translation>
    </message>
    <message>
        <source>Language code of the text.</source>
        <translation>Código da língua do texto.</translation>
    </message>
    <message>
        <source>--step must be envision, change or action.</source>
        <translation>--step tem de ser envision, change ou action.</translation>
    </message>
    <message>
        <source>use either --participant or --anonymous, not both.</source>
        <translation>use --participant ou --anonymous, não os dois.</translation>
    </message>
    <message>
        <source>--constituency is only for anonymous ideas; a participant&apos;s own is used.</source>
        <translation>--constituency serve apenas para ideias anónimas; para um participante, usa-se o seu próprio grupo de pertença.</translation>
    </message>
    <message>
        <source>there is no participant called &quot;%1&quot;; add them first.</source>
        <translation>não existe nenhum participante chamado &quot;%1&quot;; adicione-o primeiro.</translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation>Adicionar ideia</translation>
    </message>
    <message>
        <source>Show a summary of a workshop.</source>
        <translation>Mostrar um resumo de uma oficina.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Escrever JSON em vez de texto.</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n idea(s)</source>
        <translation>
            <numerusform>  %1: %n ideia</numerusform>
            <numerusform>  %1: %n ideias</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants and balance (people / ideas / votes):</source>
        <translation>Participantes e equilíbrio (pessoas / ideias / votos):</translation>
    </message>
    <message>
        <source>  (under-represented)</source>
        <translation>  (sub-representado)</translation>
    </message>
    <message numerus="yes">
        <source>  %n anonymous idea(s) without a constituency</source>
        <translation>
            <numerusform>  %n ideia anónima sem grupo de pertença</numerusform>
            <numerusform>  %n ideias anónimas sem grupo de pertença</numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>Formato de saída: %1.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ficheiro</translation>
    </message>
    <message>
        <source>Paper size: a4 or letter.</source>
        <translation>Tamanho do papel: a4 ou letter.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamanho</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use one of %2.</source>
        <translation>formato desconhecido: &quot;%1&quot;; use um destes: %2.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a Pamoja workshop export.</source>
        <translation>%1 é demasiado grande para ser uma exportação de oficina do Pamoja.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Nada foi importado.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s); %1 already present.</source>
        <translation>
            <numerusform>%n elemento importado; já existiam: %1.</numerusform>
            <numerusform>%n elementos importados; já existiam: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: schema version %1, %n history entries</source>
        <translation>
            <numerusform>ok: versão do esquema %1, %n entrada no histórico</numerusform>
            <numerusform>ok: versão do esquema %1, %n entradas no histórico</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a workshop: a report (pdf, odt, html, md), its tables (csv, xlsx), its data (json) or its board (png, svg).</source>
        <translation>Exportar uma oficina: um relatório (pdf, odt, html, md), as suas tabelas (csv, xlsx), os seus dados (json) ou o seu quadro (png, svg).</translation>
    </message>
    <message>
        <source>Output file. For csv, OUT.csv gives OUT-ideas.csv, OUT-votes.csv and OUT-actions.csv.</source>
        <translation>Ficheiro de saída. Para csv, OUT.csv dá origem a OUT-ideas.csv, OUT-votes.csv e OUT-actions.csv.</translation>
    </message>
    <message>
        <source>Report language: en, nl, fr, es or pt (default: the workshop&apos;s main language).</source>
        <translation>Língua do relatório: en, nl, fr, es ou pt (predefinida: a língua principal da oficina).</translation>
    </message>
    <message>
        <source>Write PDF/A-1b (archival PDF).</source>
        <translation>Escrever PDF/A-1b (PDF para arquivo).</translation>
    </message>
    <message>
        <source>Add the facilitator intervention log as an appendix.</source>
        <translation>Adicionar em anexo o histórico das intervenções do facilitador.</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation>--paper tem de ser a4 ou letter.</translation>
    </message>
    <message>
        <source>%1 does not exist; ideas are imported into an existing workshop (pamoja new).</source>
        <translation>%1 não existe; as ideias são importadas para uma oficina existente (pamoja new).</translation>
    </message>
    <message>
        <source>--step must be envision, change or action (or 1, 2, 3).</source>
        <translation>--step tem de ser envision, change ou action (ou 1, 2, 3).</translation>
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
            <numerusform>Seria importada %n ideia de %1; nada foi alterado.</numerusform>
            <numerusform>Seriam importadas %n ideias de %1; nada foi alterado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n idea(s) from %1.</source>
        <translation>
            <numerusform>Importada %n ideia de %1.</numerusform>
            <numerusform>Importadas %n ideias de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ideas: the step they go to unless the file names one (envision, change, action; default: the active step).</source>
        <translation>Ideias: a etapa para onde vão, salvo se o ficheiro indicar uma (envision, change, action; predefinida: a etapa ativa).</translation>
    </message>
    <message>
        <source>Reveal ideas</source>
        <translation>Revelar ideias</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votar</translation>
    </message>
    <message>
        <source>Open voting round</source>
        <translation>Abrir ronda de votação</translation>
    </message>
    <message>
        <source>Close voting round</source>
        <translation>Encerrar ronda de votação</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use reveal, pause, resume, round open [DOTS [MAX]] or round close.</source>
        <translation>comando desconhecido &quot;%1&quot;; use reveal, pause, resume, round open [DOTS [MAX]] ou round close.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Let participants join a workshop from their own phones, without the window. Prints the join address and code on the first line; Ctrl+C stops.</source>
        <translation>Permitir que os participantes entrem numa oficina a partir dos seus próprios telemóveis, sem a janela. Imprime o endereço e o código de acesso na primeira linha; Ctrl+C termina.</translation>
    </message>
    <message>
        <source>The address to listen on (default 127.0.0.1; 0.0.0.0 for every network).</source>
        <translation>O endereço de escuta (predefinido 127.0.0.1; 0.0.0.0 para todas as redes).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>endereço</translation>
    </message>
    <message>
        <source>The port (default: any free port).</source>
        <translation>A porta (predefinida: qualquer porta livre).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>porta</translation>
    </message>
    <message>
        <source>The join code (default: a new random code).</source>
        <translation>O código de acesso (predefinido: um novo código aleatório).</translation>
    </message>
    <message>
        <source>The address of a reverse proxy whose X-Forwarded-For and X-Forwarded-Proto headers are believed.</source>
        <translation>O endereço de um proxy inverso cujos cabeçalhos X-Forwarded-For e X-Forwarded-Proto são considerados fiáveis.</translation>
    </message>
    <message>
        <source>The address participants use when a proxy is in front, e.g. https://workshop.example.org/.</source>
        <translation>O endereço que os participantes usam quando há um proxy à frente, p. ex. https://workshop.example.org/.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Hold participants&apos; ideas until a facilitator approves them (in the window).</source>
        <translation>Reter as ideias dos participantes até que um facilitador as aprove (na janela).</translation>
    </message>
    <message>
        <source>--bind needs an IP address such as 0.0.0.0 or 192.168.1.10.</source>
        <translation>--bind precisa de um endereço IP, como 0.0.0.0 ou 192.168.1.10.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port tem de ser um número de 0 a 65535.</translation>
    </message>
    <message>
        <source>--trusted-proxy needs an IP address.</source>
        <translation>--trusted-proxy precisa de um endereço IP.</translation>
    </message>
    <message>
        <source>could not set up signal handling.</source>
        <translation>não foi possível configurar o tratamento de sinais.</translation>
    </message>
    <message>
        <source>Join at %1 with code %2</source>
        <translation>Entre em %1 com o código %2</translation>
    </message>
    <message>
        <source>Stopped; every acknowledged contribution is saved.</source>
        <translation>Terminado; todas as contribuições confirmadas estão guardadas.</translation>
    </message>
    <message>
        <source>Check a workshop file: the database&apos;s integrity, the schema version and the workshop&apos;s own rules.</source>
        <translation>Verificar um ficheiro de oficina: a integridade da base de dados, a versão do esquema e as regras próprias da oficina.</translation>
    </message>
    <message numerus="yes">
        <source>pamoja: %1 has %n problem(s):</source>
        <translation>
            <numerusform>pamoja: %1 tem %n problema:</numerusform>
            <numerusform>pamoja: %1 tem %n problemas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more.</source>
        <translation>
            <numerusform>  ... e mais %n.</numerusform>
            <numerusform>  ... e mais %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see pamoja help</source>
        <translation>comando desconhecido &quot;%1&quot;; veja pamoja help</translation>
    </message>
    <message>
        <source>Opens the quick-capture window on a workshop: one line per idea, Enter saves it.</source>
        <translation>Abre a janela de captura rápida de uma oficina: uma linha por ideia, Enter guarda-a.</translation>
    </message>
    <message>
        <source>The step to capture into (1, 2 or 3).</source>
        <translation>O passo em que capturar (1, 2 ou 3).</translation>
    </message>
    <message>
        <source>--step must be 1, 2 or 3.</source>
        <translation>--step tem de ser 1, 2 ou 3.</translation>
    </message>
    <message>
        <source>the capture window needs a display.</source>
        <translation>a janela de captura precisa de um ecrã.</translation>
    </message>
    <message>
        <source>%1 does not exist. Make a copy of the workshop file first (File &gt; Save a Copy).</source>
        <translation>%1 não existe. Faça primeiro uma cópia do ficheiro da oficina (Ficheiro &gt; Guardar uma cópia).</translation>
    </message>
    <message>
        <source>Import into a workshop: a pamoja-workshop JSON export (the workshop is created when it does not exist), ideas from a text, Markdown, CSV or XLSX file, or a contribution packet from the offline form (the format and encoding are detected from the content).</source>
        <translation>Importar para uma oficina: uma exportação JSON pamoja-workshop (a oficina é criada se não existir), ideias de um ficheiro de texto, Markdown, CSV ou XLSX, ou um pacote de contribuições do formulário sem ligação (o formato e a codificação são detetados a partir do conteúdo).</translation>
    </message>
    <message>
        <source>Ideas and contribution packets: check the file and say what would be imported, changing nothing.</source>
        <translation>Ideias e pacotes de contribuições: verificar o ficheiro e indicar o que seria importado, sem alterar nada.</translation>
    </message>
    <message>
        <source>The JSON export, the text, Markdown, CSV or XLSX file, or the contribution packet to import.</source>
        <translation>A exportação JSON, o ficheiro de texto, Markdown, CSV ou XLSX, ou o pacote de contribuições a importar.</translation>
    </message>
    <message>
        <source>%1 does not exist; a contribution packet is imported into the workshop it was made for.</source>
        <translation>%1 não existe; um pacote de contribuições é importado para a oficina para a qual foi criado.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to import: the %n idea(s) of this packet are already in the workshop.</source>
        <translation>
            <numerusform>Nada a importar: este pacote tem %n ideia e já está na oficina.</numerusform>
            <numerusform>Nada a importar: este pacote tem %n ideias e já estão todas na oficina.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would import %n idea(s) from the contribution packet; nothing was changed.</source>
        <translation>
            <numerusform>Seria importada %n ideia do pacote de contribuições; nada foi alterado.</numerusform>
            <numerusform>Seriam importadas %n ideias do pacote de contribuições; nada foi alterado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contribution packet %1</source>
        <translation>Importar o pacote de contribuições %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n idea(s) from the contribution packet; %1 already present.</source>
        <translation>
            <numerusform>Importada %n ideia do pacote de contribuições; já existiam: %1.</numerusform>
            <numerusform>Importadas %n ideias do pacote de contribuições; já existiam: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the offline contribution form: one HTML file that works from disk with no network, for participants to write ideas and send them back as a contribution packet.</source>
        <translation>Escrever o formulário de contribuições sem ligação: um único ficheiro HTML que funciona a partir do disco, sem rede, para os participantes escreverem ideias e as devolverem como pacote de contribuições.</translation>
    </message>
    <message>
        <source>The HTML file to write.</source>
        <translation>O ficheiro HTML a escrever.</translation>
    </message>
    <message>
        <source>The steps whose prompts the form asks, e.g. 1,2 or envision,change (default: all three).</source>
        <translation>As etapas cujas perguntas o formulário apresenta, p. ex. 1,2 ou envision,change (predefinido: as três).</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>etapas</translation>
    </message>
    <message>
        <source>The form&apos;s language when the browser&apos;s is not one of en, nl, fr, es, pt (default: the workshop&apos;s main language).</source>
        <translation>A língua do formulário quando a do navegador não é en, nl, fr, es nem pt (predefinida: a língua principal da oficina).</translation>
    </message>
    <message>
        <source>--steps takes 1, 2, 3 (or envision, change, action), separated by commas.</source>
        <translation>--steps aceita 1, 2, 3 (ou envision, change, action), separados por vírgulas.</translation>
    </message>
    <message>
        <source>--language must be one of %1.</source>
        <translation>--language tem de ser um destes: %1.</translation>
    </message>
    <message>
        <source>Wrote the contribution form to %1.</source>
        <translation>O formulário de contribuições foi guardado em %1.</translation>
    </message>
    <message>
        <source>List the workshops of a PostgreSQL database: id, version, created, title.</source>
        <translation>Listar as oficinas de uma base de dados PostgreSQL: identificador, versão, data de criação, título.</translation>
    </message>
    <message>
        <source>The word list.</source>
        <translation>A palavra list.</translation>
    </message>
    <message>
        <source>postgresql://[user@]host[:port]/dbname</source>
        <translation>postgresql://[user@]host[:port]/dbname</translation>
    </message>
    <message>
        <source>unknown command &quot;repo %1&quot;; see pamoja help</source>
        <translation>comando desconhecido &quot;repo %1&quot;; veja pamoja help</translation>
    </message>
    <message>
        <source>No workshops in this database yet.</source>
        <translation>Ainda não há oficinas nesta base de dados.</translation>
    </message>
    <message>
        <source>Copy a whole workshop, with its history, between files and PostgreSQL databases; prints where the copy is.</source>
        <translation>Copiar uma oficina inteira, com o seu histórico, entre ficheiros e bases de dados PostgreSQL; mostra onde fica a cópia.</translation>
    </message>
    <message>
        <source>A workshop file or postgresql:// location.</source>
        <translation>Um ficheiro de oficina ou uma localização postgresql://.</translation>
    </message>
    <message>
        <source>A new file, or a postgresql:// database (the workshop keeps its id there).</source>
        <translation>Um ficheiro novo, ou uma base de dados postgresql:// (a oficina mantém lá o seu identificador).</translation>
    </message>
    <message>
        <source>Merge copies of a workshop (a breakout group&apos;s laptop, a co-facilitator&apos;s or a note-taker&apos;s copy) into it: nothing is lost or counted twice, and the result does not depend on the order of the copies. All sources are merged as one change. Participants with the same name and organisation are taken as one person.</source>
        <translation>Fundir numa oficina cópias dessa mesma oficina (o portátil de um subgrupo, a cópia de um cofacilitador ou de quem toma notas): nada se perde nem é contado duas vezes, e o resultado não depende da ordem das cópias. Todas as origens são fundidas numa única alteração. Os participantes com o mesmo nome e a mesma organização são considerados uma só pessoa.</translation>
    </message>
    <message>
        <source>Say what the merge would do, changing nothing.</source>
        <translation>Indicar o que a fusão faria, sem alterar nada.</translation>
    </message>
    <message>
        <source>The workshop file to merge into.</source>
        <translation>O ficheiro de oficina de destino da fusão.</translation>
    </message>
    <message>
        <source>One or more copies of it to merge in.</source>
        <translation>Uma ou mais cópias dessa oficina a fundir.</translation>
    </message>
    <message>
        <source>expected a target workshop and at least one source; see --help.</source>
        <translation>esperava-se uma oficina de destino e pelo menos uma origem; consulte --help.</translation>
    </message>
    <message>
        <source>%1 does not exist; a merge goes into an existing workshop.</source>
        <translation>%1 não existe; uma fusão é feita numa oficina existente.</translation>
    </message>
    <message>
        <source>%1 Nothing was merged.</source>
        <translation>%1 Nada foi fundido.</translation>
    </message>
    <message>
        <source>Nothing to merge: %1 has everything the sources have.</source>
        <translation>Nada para fundir: %1 já contém tudo o que as origens contêm.</translation>
    </message>
    <message>
        <source>Would merge into %1 (nothing was changed):</source>
        <translation>Seria fundido em %1 (nada foi alterado):</translation>
    </message>
    <message>
        <source>Merged into %1:</source>
        <translation>Fundido em %1:</translation>
    </message>
    <message>
        <source>  Same participant by name and organisation: %1 (%2)</source>
        <translation>  Mesmo participante por nome e organização: %1 (%2)</translation>
    </message>
    <message>
        <source>Leave out the translations beside the ideas (machine translations are marked as such when included).</source>
        <translation>Omitir as traduções ao lado das ideias (as traduções automáticas são marcadas como tal quando incluídas).</translation>
    </message>
    <message>
        <source>Translate ideas with Apertium, offline. The translation is stored beside each idea, marked as machine translation; the idea&apos;s own words never change.</source>
        <translation>Traduzir ideias com o Apertium, sem ligação. A tradução é guardada ao lado de cada ideia, marcada como tradução automática; as palavras da própria ideia nunca mudam.</translation>
    </message>
    <message>
        <source>The language to translate into, e.g. fr.</source>
        <translation>A língua para a qual traduzir, p. ex. fr.</translation>
    </message>
    <message>
        <source>Only the ideas of this step: envision, change or action (or 1, 2, 3); default: every step.</source>
        <translation>Apenas as ideias desta etapa: envision, change ou action (ou 1, 2, 3); predefinição: todas as etapas.</translation>
    </message>
    <message>
        <source>--to must be a two-letter language code such as fr.</source>
        <translation>--to tem de ser um código de língua de duas letras, como fr.</translation>
    </message>
    <message>
        <source>Translate ideas into %1</source>
        <translation>Traduzir ideias para %1</translation>
    </message>
    <message numerus="yes">
        <source>Translated %n idea(s) into %1 (machine translation).</source>
        <translation>
            <numerusform>%n ideia traduzida para %1 (tradução automática).</numerusform>
            <numerusform>%n ideias traduzidas para %1 (tradução automática).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n idea(s) whose language is unknown.</source>
        <translation>
            <numerusform>%n ideia ignorada, por a sua língua ser desconhecida.</numerusform>
            <numerusform>%n ideias ignoradas, por a sua língua ser desconhecida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n idea(s) already in %1.</source>
        <translation>
            <numerusform>%n ideia ignorada, já em %1.</numerusform>
            <numerusform>%n ideias ignoradas, já em %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n translation(s) made or corrected by a person.</source>
        <translation>
            <numerusform>Mantida %n tradução feita ou corrigida por uma pessoa.</numerusform>
            <numerusform>Mantidas %n traduções feitas ou corrigidas por uma pessoa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n idea(s) with no language pair installed:</source>
        <translation>
            <numerusform>%n ideia ignorada, sem par de línguas instalado:</numerusform>
            <numerusform>%n ideias ignoradas, sem par de línguas instalado:</numerusform>
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
        <translation>Uso:   pamoja [FILE]                      iniciar a aplicação
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
FILE também pode ser uma localização PostgreSQL: postgresql://[USER@]HOST[:PORT]/DB?workshop=ID
Cada comando aceita --help.</translation>
    </message>
    <message>
        <source>Suggest groups, across languages, for the loose ideas of a step, and near-duplicates to merge. Changes nothing.</source>
        <translation>Sugerir grupos, independentemente da língua, para as ideias de uma etapa ainda fora de agrupamentos, e quase duplicados a fundir. Não altera nada.</translation>
    </message>
    <message>
        <source>How many groups to propose (at most); by default Pamoja chooses.</source>
        <translation>Quantos grupos propor (no máximo); por predefinição, o Pamoja escolhe.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--groups must be a whole number from 1 to 1000.</source>
        <translation>--groups tem de ser um número inteiro de 1 a 1000.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n loose idea(s).</source>
        <translation>
            <numerusform>%1: %n ideia ainda fora de agrupamentos.</numerusform>
            <numerusform>%1: %n ideias ainda fora de agrupamentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups to suggest.</source>
        <translation>Não há grupos a sugerir.</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 (%n idea(s))</source>
        <translation>
            <numerusform>%1. %2 (%n ideia)</numerusform>
            <numerusform>%1. %2 (%n ideias)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Near-duplicates (%n pair(s)):</source>
        <translation>
            <numerusform>Quase duplicados (%n par):</numerusform>
            <numerusform>Quase duplicados (%n pares):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In no group (nothing they share with other ideas): %n idea(s).</source>
        <translation>
            <numerusform>Em nenhum grupo (nada em comum com outras ideias): %n ideia.</numerusform>
            <numerusform>Em nenhum grupo (nada em comum com outras ideias): %n ideias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a new workshop file, or a new workshop in a PostgreSQL database (prints its location).</source>
        <translation>Criar um novo ficheiro de oficina, ou uma nova oficina numa base de dados PostgreSQL (mostra a sua localização).</translation>
    </message>
    <message>
        <source>The workshop file to create (.pamoja), or a postgresql:// database (with ?workshop=ID for a chosen id).</source>
        <translation>O ficheiro de oficina a criar (.pamoja), ou uma base de dados postgresql:// (com ?workshop=ID para um id escolhido).</translation>
    </message>
</context>
<context>
    <name>pamoja::Constituency</name>
    <message>
        <source>Southern CSO</source>
        <translation>OSC do Sul</translation>
    </message>
    <message>
        <source>Northern CSO</source>
        <translation>OSC do Norte</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Doador</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
</context>
<context>
    <name>pamoja::ContributionForm</name>
    <message>
        <source>The chosen steps have no prompts, so the form would ask nothing. Add a prompt first, or choose other steps.</source>
        <translation>As etapas escolhidas não têm perguntas, por isso o formulário não perguntaria nada. Adicione primeiro uma pergunta ou escolha outras etapas.</translation>
    </message>
    <message>
        <source>Cannot write the contribution form to %1: %2</source>
        <translation>Não é possível escrever o formulário de contribuições em %1: %2</translation>
    </message>
</context>
<context>
    <name>pamoja::Csv</name>
    <message>
        <source>Line %1, column %2: a field is longer than %3 characters.</source>
        <translation>Linha %1, coluna %2: um campo tem mais de %3 caracteres.</translation>
    </message>
    <message>
        <source>Line %1: a row has more than %2 columns.</source>
        <translation>Linha %1: uma linha tem mais de %2 colunas.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it into smaller files.</source>
        <translation>O ficheiro tem mais de %1 linhas; divida-o em ficheiros mais pequenos.</translation>
    </message>
    <message>
        <source>Line %1, column %2: text after a closing quote; quotes inside a field must be doubled (&quot;&quot;).</source>
        <translation>Linha %1, coluna %2: texto depois de umas aspas de fecho; as aspas dentro de um campo têm de ser duplicadas (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quoted field is never closed.</source>
        <translation>Linha %1, coluna %2: um campo entre aspas nunca é fechado.</translation>
    </message>
</context>
<context>
    <name>pamoja::Document</name>
    <message>
        <source>Create workshop</source>
        <translation>Criar oficina</translation>
    </message>
    <message>
        <source>This workshop is open read-only; the change was not made.</source>
        <translation>Esta oficina está aberta em modo de leitura; a alteração não foi feita.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Não há nada para desfazer.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Desfazer: %1</translation>
    </message>
    <message>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation>Não é possível desfazer &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>Não há nada para refazer.</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Refazer: %1</translation>
    </message>
    <message>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation>Não é possível refazer &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The connection to the database is lost; this waits until it is back (the changes made meanwhile are kept and will be saved).</source>
        <translation>A ligação à base de dados perdeu-se; isto espera até ela voltar (as alterações feitas entretanto são guardadas e serão gravadas).</translation>
    </message>
    <message numerus="yes">
        <source>Reconnected to the database. %n change(s) made while it was away could not be saved, because others changed the same things meanwhile: %1. The workshop shows what the database holds.</source>
        <translation>
            <numerusform>Ligação à base de dados restabelecida. %n alteração feita enquanto ela estava ausente não pôde ser gravada, porque outras pessoas alteraram o mesmo entretanto: %1. A oficina mostra o que a base de dados contém.</numerusform>
            <numerusform>Ligação à base de dados restabelecida. %n alterações feitas enquanto ela estava ausente não puderam ser gravadas, porque outras pessoas alteraram o mesmo entretanto: %1. A oficina mostra o que a base de dados contém.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnected to the database; the %n change(s) made while it was away are saved.</source>
        <translation>
            <numerusform>Ligação à base de dados restabelecida; a %n alteração feita enquanto ela estava ausente está gravada.</numerusform>
            <numerusform>Ligação à base de dados restabelecida; as %n alterações feitas enquanto ela estava ausente estão gravadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnected to the database.</source>
        <translation>Ligação à base de dados restabelecida.</translation>
    </message>
    <message>
        <source>The connection to the database is lost; the change was not made. Pamoja reconnects by itself: try again in a moment.</source>
        <translation>A ligação à base de dados perdeu-se; a alteração não foi feita. O Pamoja volta a ligar-se sozinho: tente de novo dentro de momentos.</translation>
    </message>
</context>
<context>
    <name>pamoja::Edits</name>
    <message>
        <source>An idea needs some text.</source>
        <translation>Uma ideia precisa de ter texto.</translation>
    </message>
    <message>
        <source>An idea can be at most 4000 characters long.</source>
        <translation>Uma ideia pode ter no máximo 4000 caracteres.</translation>
    </message>
    <message>
        <source>There is no step %1.</source>
        <translation>Não existe a etapa %1.</translation>
    </message>
    <message>
        <source>That prompt does not exist.</source>
        <translation>Essa pergunta não existe.</translation>
    </message>
    <message>
        <source>That participant does not exist.</source>
        <translation>Esse participante não existe.</translation>
    </message>
    <message>
        <source>Unknown constituency &quot;%1&quot;.</source>
        <translation>Grupo de pertença desconhecido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>Novo agrupamento</translation>
    </message>
    <message>
        <source>A participant needs a name or an alias.</source>
        <translation>Um participante precisa de um nome ou de um pseudónimo.</translation>
    </message>
    <message>
        <source>Unknown constituency &quot;%1&quot;; use south, north, donor or other.</source>
        <translation>Grupo de pertença desconhecido: &quot;%1&quot;; use south, north, donor ou other.</translation>
    </message>
    <message>
        <source>There is already a participant called &quot;%1&quot;.</source>
        <translation>Já existe um participante chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>That voting round does not exist.</source>
        <translation>Essa ronda de votação não existe.</translation>
    </message>
    <message>
        <source>The voting round &quot;%1&quot; is closed.</source>
        <translation>A ronda de votação &quot;%1&quot; está encerrada.</translation>
    </message>
    <message numerus="yes">
        <source>Each item can get at most %n dot(s) from one person.</source>
        <translation>
            <numerusform>Cada elemento pode receber no máximo %n ponto de cada pessoa.</numerusform>
            <numerusform>Cada elemento pode receber no máximo %n pontos de cada pessoa.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no dots left in this round.</source>
        <translation>%1 já não tem pontos disponíveis nesta ronda.</translation>
    </message>
    <message>
        <source>The idea no longer exists.</source>
        <translation>A ideia já não existe.</translation>
    </message>
    <message>
        <source>Say which language the translation is in.</source>
        <translation>Indique em que língua está a tradução.</translation>
    </message>
</context>
<context>
    <name>pamoja::Exchange</name>
    <message>
        <source>The file is too large to be a Pamoja workshop export.</source>
        <translation>O ficheiro é demasiado grande para ser uma exportação de oficina do Pamoja.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>O ficheiro não é JSON válido (%1 no byte %2).</translation>
    </message>
    <message>
        <source>The file is not a Pamoja workshop export.</source>
        <translation>O ficheiro não é uma exportação de oficina do Pamoja.</translation>
    </message>
    <message>
        <source>The file is not a Pamoja workshop export (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>O ficheiro não é uma exportação de oficina do Pamoja (o seu &quot;format&quot; não é &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The export was written by a newer Pamoja (format version %1; this one reads up to %2).</source>
        <translation>A exportação foi escrita por uma versão mais recente do Pamoja (versão de formato %1; esta lê até à versão %2).</translation>
    </message>
    <message>
        <source>The export has no &quot;%1&quot; list.</source>
        <translation>A exportação não tem a lista &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>&quot;%1&quot; tem de ser uma lista.</translation>
    </message>
    <message>
        <source>The export holds more than one workshop.</source>
        <translation>A exportação contém mais de uma oficina.</translation>
    </message>
    <message>
        <source>%1 entry %2</source>
        <translation>%1, entrada %2</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 não é um objeto.</translation>
    </message>
    <message>
        <source>%1 has no valid id.</source>
        <translation>%1 não tem um id válido.</translation>
    </message>
    <message>
        <source>%1 repeats the id %2.</source>
        <translation>%1 repete o id %2.</translation>
    </message>
    <message>
        <source>%1 has an unknown field &quot;%2&quot;.</source>
        <translation>%1 tem um campo desconhecido: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; has the wrong type.</source>
        <translation>%1: o campo &quot;%2&quot; tem o tipo errado.</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is too long (more than %3 characters).</source>
        <translation>%1: o campo &quot;%2&quot; é demasiado longo (mais de %3 caracteres).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The export has an unknown section &quot;%1&quot;.</source>
        <translation>A exportação tem uma secção desconhecida: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A %1 refers to something that is not in the export (%2 = %3).</source>
        <translation>Um elemento do tipo %1 refere-se a algo que não está na exportação (%2 = %3).</translation>
    </message>
    <message>
        <source>The export has no valid format version (&quot;version&quot; must be a whole number such as %1).</source>
        <translation>A exportação não tem uma versão de formato válida (&quot;version&quot; tem de ser um número inteiro, como %1).</translation>
    </message>
    <message>
        <source>%1 has the id %2, which belongs to an existing %3 in this workshop.</source>
        <translation>%1 tem o id %2, que já pertence a um elemento existente (%3) desta oficina.</translation>
    </message>
    <message>
        <source>%1: an idea without a language cannot have a language confidence.</source>
        <translation>%1: uma ideia sem idioma não pode ter um grau de confiança sobre o idioma.</translation>
    </message>
</context>
<context>
    <name>pamoja::Export</name>
    <message>
        <source>PDF report</source>
        <translation>Relatório PDF</translation>
    </message>
    <message>
        <source>Editable document (ODT)</source>
        <translation>Documento editável (ODT)</translation>
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
        <translation>Tabelas para folha de cálculo (CSV: ideias, votos, ações)</translation>
    </message>
    <message>
        <source>Spreadsheet workbook (XLSX)</source>
        <translation>Livro de folha de cálculo (XLSX)</translation>
    </message>
    <message>
        <source>Workshop data for Pamoja (JSON)</source>
        <translation>Dados da oficina para o Pamoja (JSON)</translation>
    </message>
    <message>
        <source>Board as an image (PNG)</source>
        <translation>Quadro como imagem (PNG)</translation>
    </message>
    <message>
        <source>Board as a drawing (SVG)</source>
        <translation>Quadro como desenho (SVG)</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;.</source>
        <translation>Formato de exportação desconhecido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>Não foi indicado nenhum ficheiro de saída.</translation>
    </message>
    <message>
        <source>Reports come in %1, not &quot;%2&quot;.</source>
        <translation>Os relatórios existem em %1, não em &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The paper size must be a4 or letter, not &quot;%1&quot;.</source>
        <translation>O tamanho do papel tem de ser a4 ou letter, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>A exportação foi cancelada.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível escrever %1: %2</translation>
    </message>
    <message>
        <source>no output file was given.</source>
        <translation>não foi indicado nenhum ficheiro de saída.</translation>
    </message>
    <message>
        <source>Cannot create the OpenDocument text.</source>
        <translation>Não é possível criar o texto OpenDocument.</translation>
    </message>
    <message>
        <source>The PDF writer produced no output.</source>
        <translation>O gerador de PDF não produziu nada.</translation>
    </message>
    <message>
        <source>Cannot start painting the report.</source>
        <translation>Não é possível começar a desenhar o relatório.</translation>
    </message>
    <message>
        <source>Cannot finish painting the report.</source>
        <translation>Não é possível concluir o desenho do relatório.</translation>
    </message>
    <message>
        <source>Cannot create the spreadsheet.</source>
        <translation>Não é possível criar a folha de cálculo.</translation>
    </message>
    <message>
        <source>Cannot put the PDF together: %1</source>
        <translation>Não é possível montar o PDF: %1</translation>
    </message>
    <message>
        <source>a page is missing from one of its parts.</source>
        <translation>falta uma página numa das suas partes.</translation>
    </message>
    <message>
        <source>Cannot start the threads that draw the report.</source>
        <translation>Não é possível iniciar as threads que desenham o relatório.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. These files could not be put back as they were: %3</source>
        <translation>Não é possível escrever %1: %2. Não foi possível repor estes ficheiros como estavam: %3</translation>
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
        <translation>&amp;Língua do relatório:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EUA)</translation>
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
        <translation>Perguntas, agrupamentos e ideias</translation>
    </message>
    <message>
        <source>Voting results</source>
        <translation>Resultados da votação</translation>
    </message>
    <message>
        <source>System changes and their links</source>
        <translation>Mudanças sistémicas e as suas ligações</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <source>Participation balance</source>
        <translation>Equilíbrio da participação</translation>
    </message>
    <message>
        <source>Factor coverage</source>
        <translation>Cobertura dos fatores</translation>
    </message>
    <message>
        <source>Appendix: facilitator intervention log</source>
        <translation>Anexo: histórico das intervenções do facilitador</translation>
    </message>
    <message>
        <source>Archival PDF (PDF/A-1b)</source>
        <translation>PDF para arquivo (PDF/A-1b)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Pro&amp;curar...</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>Pré-&amp;visualizar impressão...</translation>
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
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Writes three files: %1</source>
        <translation>Escreve três ficheiros: %1</translation>
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
        <translation>relatorio</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado para %1.</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Exportação em curso...</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Pré-visualização do relatório</translation>
    </message>
    <message>
        <source>Translations beside the ideas (machine translations marked as such)</source>
        <translation>Traduções ao lado das ideias (traduções automáticas marcadas como tal)</translation>
    </message>
</context>
<context>
    <name>pamoja::ExportFormDialog</name>
    <message>
        <source>Export Contribution Form</source>
        <translation>Exportar formulário de contribuições</translation>
    </message>
    <message>
        <source>One web page to send by e-mail or on a USB stick. Participants open it without a connection, write their ideas and send back a contribution packet to import.</source>
        <translation>Uma única página web para enviar por e-mail ou numa pen USB. Os participantes abrem-na sem ligação, escrevem as suas ideias e devolvem um pacote de contribuições para importar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n prompt(s))</source>
        <translation>
            <numerusform>%1 (%n pergunta)</numerusform>
            <numerusform>%1 (%n perguntas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions from:</source>
        <translation>Perguntas de:</translation>
    </message>
    <message>
        <source>Used when the participant&apos;s browser is in none of these languages; they can switch in the page.</source>
        <translation>Usada quando o navegador do participante não está em nenhuma destas línguas; pode mudá-la na página.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Língua:</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervenção</translation>
    </message>
</context>
<context>
    <name>pamoja::HistoryPanel</name>
    <message>
        <source>Which changes to show</source>
        <translation>Que alterações mostrar</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Todas as alterações</translation>
    </message>
    <message>
        <source>Facilitator interventions</source>
        <translation>Intervenções do facilitador</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Histórico de alterações</translation>
    </message>
    <message>
        <source>Show &amp;earlier state</source>
        <translation>Mostrar o &amp;estado anterior</translation>
    </message>
    <message>
        <source>Show what the selected change replaced</source>
        <translation>Mostrar o que a alteração selecionada substituiu</translation>
    </message>
    <message>
        <source>Earlier state</source>
        <translation>Estado anterior</translation>
    </message>
    <message>
        <source>Select a change to see what it replaced.</source>
        <translation>Selecione uma alteração para ver o que ela substituiu.</translation>
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
        <translation>Conceitos partilhados: %1</translation>
    </message>
    <message>
        <source>Shared words: %1</source>
        <translation>Palavras partilhadas: %1</translation>
    </message>
    <message>
        <source>Similar wording</source>
        <translation>Redação semelhante</translation>
    </message>
</context>
<context>
    <name>pamoja::IdeaImport</name>
    <message>
        <source>The file has more than %1 ideas; split it into smaller files.</source>
        <translation>O ficheiro tem mais de %1 ideias; divida-o em ficheiros mais pequenos.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>O ficheiro está vazio.</translation>
    </message>
    <message>
        <source>No column holds the ideas: name one &quot;Idea&quot; or &quot;Text&quot;, or choose the column in the import preview.</source>
        <translation>Nenhuma coluna contém as ideias: chame a uma delas &quot;Idea&quot; ou &quot;Text&quot;, ou escolha a coluna na pré-visualização da importação.</translation>
    </message>
    <message>
        <source>The chosen idea column %1 is not in the file, which has %2 columns.</source>
        <translation>A coluna de ideias escolhida, %1, não existe no ficheiro, que tem %2 colunas.</translation>
    </message>
    <message>
        <source>A chosen column is not in the file, which has %1 columns.</source>
        <translation>Uma coluna escolhida não existe no ficheiro, que tem %1 colunas.</translation>
    </message>
    <message>
        <source>Line %1, column %2: &quot;%3&quot; is not a step (1, 2 or 3, or its name).</source>
        <translation>Linha %1, coluna %2: &quot;%3&quot; não é uma etapa (1, 2 ou 3, ou o seu nome).</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texto simples</translation>
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
        <translation>Exportação de oficina do Pamoja (JSON)</translation>
    </message>
    <message>
        <source>Pamoja workshop file</source>
        <translation>Ficheiro de oficina do Pamoja</translation>
    </message>
    <message>
        <source>ZIP container (XLSX, ODS or DOCX)</source>
        <translation>Contentor ZIP (XLSX, ODS ou DOCX)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>The file is larger than 32 MB; split it into smaller files.</source>
        <translation>O ficheiro tem mais de 32 MB; divida-o em ficheiros mais pequenos.</translation>
    </message>
    <message>
        <source>This is a Pamoja workshop file, not a list of ideas; merge it into the workshop instead.</source>
        <translation>Este é um ficheiro de oficina do Pamoja, não uma lista de ideias; em vez disso, junte-o à oficina.</translation>
    </message>
    <message>
        <source>This is a Pamoja workshop export; import it as a workshop (pamoja import), not as a list of ideas.</source>
        <translation>Esta é uma exportação de oficina do Pamoja; importe-a como oficina (pamoja import), não como lista de ideias.</translation>
    </message>
    <message>
        <source>The file holds no ideas.</source>
        <translation>O ficheiro não contém ideias.</translation>
    </message>
    <message>
        <source>There is no step %1.</source>
        <translation>Não existe a etapa %1.</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>Linha %1: %2 Nada foi importado.</translation>
    </message>
    <message>
        <source>Not on the roster, so their ideas are imported without a name: %1.</source>
        <translation>Não constam da lista de participantes, por isso as suas ideias são importadas sem nome: %1.</translation>
    </message>
    <message>
        <source>Not a known constituency, left empty: %1.</source>
        <translation>Grupo de pertença desconhecido, deixado em branco: %1.</translation>
    </message>
    <message>
        <source>No prompt with this text, so the ideas go to the step&apos;s first prompt: %1.</source>
        <translation>Não existe nenhuma pergunta com este texto, por isso as ideias vão para a primeira pergunta da etapa: %1.</translation>
    </message>
    <message>
        <source>XLSX spreadsheet</source>
        <translation>folha de cálculo XLSX</translation>
    </message>
    <message>
        <source>This is a ZIP container but not an XLSX workbook (perhaps ODS or DOCX): save the sheet as XLSX or CSV.</source>
        <translation>É um contentor ZIP mas não um livro XLSX (talvez ODS ou DOCX): guarde a folha como XLSX ou CSV.</translation>
    </message>
    <message>
        <source>contribution packet</source>
        <translation>pacote de contribuições</translation>
    </message>
    <message>
        <source>This is a contribution packet from the offline form; import it as a packet (pamoja import), not as a list of ideas.</source>
        <translation>Este é um pacote de contribuições do formulário sem ligação; importe-o como pacote (pamoja import), não como lista de ideias.</translation>
    </message>
</context>
<context>
    <name>pamoja::ImportIdeasDialog</name>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Import Ideas</source>
        <translation>Importar ideias</translation>
    </message>
    <message>
        <source>Columns holding ideas</source>
        <translation>Colunas com ideias</translation>
    </message>
    <message>
        <source>&amp;Ideas from:</source>
        <translation>&amp;Ideias de:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>C&amp;onstituency:</source>
        <translation>C&amp;onstituência:</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>Pa&amp;sso:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Língua:</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Pergunta:</translation>
    </message>
    <message>
        <source>Step for ideas that name none</source>
        <translation>Passo para as ideias que não indicam nenhum</translation>
    </message>
    <message>
        <source>Ideas that name no step go to:</source>
        <translation>As ideias sem passo vão para:</translation>
    </message>
    <message>
        <source>Preview of the ideas to import</source>
        <translation>Pré-visualização das ideias a importar</translation>
    </message>
    <message>
        <source>Import messages</source>
        <translation>Mensagens da importação</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>The file is larger than 32 MB; split it into smaller files.</source>
        <translation>O ficheiro tem mais de 32 MB; divida-o em ficheiros mais pequenos.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Coluna %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Ideia</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Constituência</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot be imported.</source>
        <translation>Não é possível importar &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, %3. %n idea(s) to import.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2, %3. %n ideia a importar.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2, %3. %n ideias a importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <source>The preview shows the first %1 ideas; all %2 are imported.</source>
        <translation>A pré-visualização mostra as primeiras %1 ideias; são importadas todas as %2.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n idea(s)</source>
        <translation>
            <numerusform>Importar %n ideia</numerusform>
            <numerusform>Importar %n ideias</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported; the message bar says why.</source>
        <translation>Nada foi importado; a barra de mensagens diz porquê.</translation>
    </message>
</context>
<context>
    <name>pamoja::Interventions</name>
    <message>
        <source>edit</source>
        <translation>edição</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>fusão</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>ocultação</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>eliminação</translation>
    </message>
    <message>
        <source>vote reset</source>
        <translation>anulação de votos</translation>
    </message>
    <message>
        <source>anonymity change</source>
        <translation>mudança de anonimato</translation>
    </message>
    <message>
        <source>%1 %2: did not exist before.</source>
        <translation>%1 %2: não existia antes.</translation>
    </message>
    <message>
        <source>%1 %2 was: %3</source>
        <translation>%1 %2, antes: %3</translation>
    </message>
    <message>
        <source>%1 %2 (removed) was: %3</source>
        <translation>%1 %2, antes da remoção: %3</translation>
    </message>
</context>
<context>
    <name>pamoja::JoinInfoOverlay</name>
    <message>
        <source>How to join</source>
        <translation>Como entrar</translation>
    </message>
    <message>
        <source>Scan the QR code or open %1 and enter the code %2</source>
        <translation>Leia o código QR ou abra %1 e introduza o código %2</translation>
    </message>
</context>
<context>
    <name>pamoja::Languages</name>
    <message>
        <source>Afrikaans</source>
        <translation>africânder</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>catalão</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemão</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglês</translation>
    </message>
    <message>
        <source>Esperanto</source>
        <translation>esperanto</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espanhol</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>basco</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francês</translation>
    </message>
    <message>
        <source>Galician</source>
        <translation>galego</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>neerlandês</translation>
    </message>
    <message>
        <source>Occitan</source>
        <translation>occitano</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>português</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>romeno</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>suaíli</translation>
    </message>
</context>
<context>
    <name>pamoja::LivePanel</name>
    <message>
        <source>Live session status</source>
        <translation>Estado da sessão ao vivo</translation>
    </message>
    <message>
        <source>Join at</source>
        <translation>Entrar em</translation>
    </message>
    <message>
        <source>Join address</source>
        <translation>Endereço de acesso</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Código de acesso</translation>
    </message>
    <message>
        <source>Connected devices</source>
        <translation>Dispositivos ligados</translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation>&amp;Copiar endereço</translation>
    </message>
    <message>
        <source>Copy the join address</source>
        <translation>Copiar o endereço de acesso</translation>
    </message>
    <message>
        <source>P&amp;ause Submissions</source>
        <translation>P&amp;ausar envios</translation>
    </message>
    <message>
        <source>Pause submissions from devices</source>
        <translation>Pausar os envios dos dispositivos</translation>
    </message>
    <message>
        <source>Show in &amp;Presenter</source>
        <translation>Mostrar na vista de &amp;apresentação</translation>
    </message>
    <message>
        <source>Show the QR code and join code in the presenter view</source>
        <translation>Mostrar o código QR e o código de acesso na vista de apresentação</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>Stop the live session</source>
        <translation>Terminar a sessão ao vivo</translation>
    </message>
    <message>
        <source>&amp;Hold device ideas for my approval</source>
        <translation>&amp;Reter as ideias dos dispositivos até à minha aprovação</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>A aguardar aprovação</translation>
    </message>
    <message>
        <source>Ideas waiting for approval</source>
        <translation>Ideias a aguardar aprovação</translation>
    </message>
    <message>
        <source>Enter approves the selected ideas, Delete rejects them</source>
        <translation>Enter aprova as ideias selecionadas, Delete rejeita-as</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;provar</translation>
    </message>
    <message>
        <source>Approve the selected ideas</source>
        <translation>Aprovar as ideias selecionadas</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeitar</translation>
    </message>
    <message>
        <source>Reject the selected ideas</source>
        <translation>Rejeitar as ideias selecionadas</translation>
    </message>
    <message>
        <source>Approve A&amp;ll</source>
        <translation>Aprovar &amp;todas</translation>
    </message>
    <message>
        <source>Approve every waiting idea</source>
        <translation>Aprovar todas as ideias em espera</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Devices that joined</source>
        <translation>Dispositivos que entraram</translation>
    </message>
    <message>
        <source>&amp;Block Device</source>
        <translation>&amp;Bloquear dispositivo</translation>
    </message>
    <message>
        <source>Block the selected device</source>
        <translation>Bloquear o dispositivo selecionado</translation>
    </message>
    <message>
        <source>Publish &amp;Report…</source>
        <translation>Publicar &amp;relatório…</translation>
    </message>
    <message>
        <source>Publish the report for participants</source>
        <translation>Publicar o relatório para os participantes</translation>
    </message>
    <message>
        <source>Res&amp;ume Submissions</source>
        <translation>Re&amp;tomar envios</translation>
    </message>
    <message>
        <source>Resume submissions from devices</source>
        <translation>Retomar os envios dos dispositivos</translation>
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
            <numerusform>%n dispositivo ligado</numerusform>
            <numerusform>%n dispositivos ligados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Waiting for approval (%1)</source>
        <translation>A aguardar aprovação (%1)</translation>
    </message>
    <message>
        <source>Report published for participants (%1).</source>
        <translation>Relatório publicado para os participantes (%1).</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>A preparar o relatório…</translation>
    </message>
    <message>
        <source>The live session is off.</source>
        <translation>A sessão ao vivo está desligada.</translation>
    </message>
    <message numerus="yes">
        <source>Live: %n device(s) connected.</source>
        <translation>
            <numerusform>Ao vivo: %n dispositivo ligado.</numerusform>
            <numerusform>Ao vivo: %n dispositivos ligados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused: devices cannot send ideas (%n connected).</source>
        <translation>
            <numerusform>Em pausa: os dispositivos não podem enviar ideias (%n ligado).</numerusform>
            <numerusform>Em pausa: os dispositivos não podem enviar ideias (%n ligados).</numerusform>
        </translation>
    </message>
    <message>
        <source>The live session stopped.</source>
        <translation>A sessão ao vivo terminou.</translation>
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
        <translation>O formulário não é UTF-8 válido.</translation>
    </message>
    <message>
        <source>The form field &quot;%1&quot; appears twice.</source>
        <translation>O campo de formulário &quot;%1&quot; aparece duas vezes.</translation>
    </message>
    <message>
        <source>No such language.</source>
        <translation>Essa língua não existe.</translation>
    </message>
    <message>
        <source>Too many attempts to join; wait a moment.</source>
        <translation>Demasiadas tentativas de entrada; aguarde um momento.</translation>
    </message>
    <message>
        <source>Join the session first.</source>
        <translation>Entre primeiro na sessão.</translation>
    </message>
    <message>
        <source>This device was removed from the session.</source>
        <translation>Este dispositivo foi removido da sessão.</translation>
    </message>
    <message>
        <source>This address is a WebSocket.</source>
        <translation>Este endereço é um WebSocket.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Não encontrado.</translation>
    </message>
    <message>
        <source>Send JSON (Content-Type: application/json).</source>
        <translation>Envie JSON (Content-Type: application/json).</translation>
    </message>
    <message>
        <source>Use POST.</source>
        <translation>Use POST.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Unknown language code.</source>
        <translation>Código de língua desconhecido.</translation>
    </message>
    <message>
        <source>That join code is not right. Check the code on the screen.</source>
        <translation>Esse código de acesso não está correto. Verifique o código no ecrã.</translation>
    </message>
    <message>
        <source>The request lacks its session token.</source>
        <translation>Falta o token de sessão no pedido.</translation>
    </message>
    <message>
        <source>Use GET.</source>
        <translation>Use GET.</translation>
    </message>
    <message>
        <source>No such idea.</source>
        <translation>Essa ideia não existe.</translation>
    </message>
    <message>
        <source>Use PATCH or DELETE.</source>
        <translation>Use PATCH ou DELETE.</translation>
    </message>
    <message>
        <source>Use PUT.</source>
        <translation>Use PUT.</translation>
    </message>
    <message>
        <source>Send a form.</source>
        <translation>Envie um formulário.</translation>
    </message>
    <message>
        <source>Could not join.</source>
        <translation>Não foi possível entrar.</translation>
    </message>
    <message>
        <source>The form has expired; reload the page.</source>
        <translation>O formulário expirou; recarregue a página.</translation>
    </message>
    <message>
        <source>The vote form does not match the round; reload the page.</source>
        <translation>O formulário de voto não corresponde à ronda; recarregue a página.</translation>
    </message>
    <message>
        <source>The report has not been published yet.</source>
        <translation>O relatório ainda não foi publicado.</translation>
    </message>
    <message>
        <source>The facilitator has paused contributions for a moment.</source>
        <translation>O facilitador pausou as contribuições por um momento.</translation>
    </message>
    <message>
        <source>Slow down a little; try again in a few seconds.</source>
        <translation>Mais devagar; tente novamente dentro de alguns segundos.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>That id belongs to another idea.</source>
        <translation>Esse id pertence a outra ideia.</translation>
    </message>
    <message>
        <source>Idea from a participant&apos;s device</source>
        <translation>Ideia do dispositivo de um participante</translation>
    </message>
    <message>
        <source>The idea could not be saved; please try again.</source>
        <translation>Não foi possível guardar a ideia; tente novamente.</translation>
    </message>
    <message>
        <source>No such idea of yours.</source>
        <translation>Não tem nenhuma ideia com esse id.</translation>
    </message>
    <message>
        <source>This idea is already on the board and can no longer be changed.</source>
        <translation>Esta ideia já está no quadro e já não pode ser alterada.</translation>
    </message>
    <message>
        <source>An idea needs some text.</source>
        <translation>Uma ideia precisa de ter texto.</translation>
    </message>
    <message>
        <source>A participant edited their idea</source>
        <translation>Um participante editou a sua ideia</translation>
    </message>
    <message>
        <source>The change could not be saved; please try again.</source>
        <translation>Não foi possível guardar a alteração; tente novamente.</translation>
    </message>
    <message>
        <source>This idea is already on the board and can no longer be withdrawn.</source>
        <translation>Esta ideia já está no quadro e já não pode ser retirada.</translation>
    </message>
    <message>
        <source>A participant withdrew their idea</source>
        <translation>Um participante retirou a sua ideia</translation>
    </message>
    <message>
        <source>This voting round is closed.</source>
        <translation>Esta ronda de votação está encerrada.</translation>
    </message>
    <message>
        <source>That item is not part of this voting round.</source>
        <translation>Esse elemento não faz parte desta ronda de votação.</translation>
    </message>
    <message>
        <source>Dots from a participant&apos;s device</source>
        <translation>Pontos do dispositivo de um participante</translation>
    </message>
    <message>
        <source>Your dots could not be saved; please try again.</source>
        <translation>Não foi possível guardar os seus pontos; tente novamente.</translation>
    </message>
    <message>
        <source>The live session is already running.</source>
        <translation>A sessão ao vivo já está em curso.</translation>
    </message>
    <message>
        <source>The workshop is open read-only; participants&apos; ideas could not be saved.</source>
        <translation>A oficina está aberta em modo de leitura; não foi possível guardar as ideias dos participantes.</translation>
    </message>
    <message>
        <source>A join code is 6 characters from %1.</source>
        <translation>Um código de acesso tem 6 caracteres de entre %1.</translation>
    </message>
    <message>
        <source>Could not start the live session on %1 port %2: %3</source>
        <translation>Não foi possível iniciar a sessão ao vivo em %1, porta %2: %3</translation>
    </message>
    <message>
        <source>That idea is no longer waiting for approval.</source>
        <translation>Essa ideia já não está a aguardar aprovação.</translation>
    </message>
    <message>
        <source>Approve a participant&apos;s idea</source>
        <translation>Aprovar a ideia de um participante</translation>
    </message>
    <message>
        <source>Reject a participant&apos;s idea</source>
        <translation>Rejeitar a ideia de um participante</translation>
    </message>
    <message>
        <source>This session is full.</source>
        <translation>Esta sessão está cheia.</translation>
    </message>
    <message>
        <source>Please enter your name, or join anonymously.</source>
        <translation>Introduza o seu nome ou participe de forma anónima.</translation>
    </message>
    <message>
        <source>This workshop asks everyone to give their name.</source>
        <translation>Nesta oficina, todos têm de indicar o seu nome.</translation>
    </message>
    <message>
        <source>Unknown constituency &quot;%1&quot;.</source>
        <translation>Grupo de pertença desconhecido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participante %1</translation>
    </message>
    <message>
        <source>Someone has already joined with the name &quot;%1&quot;; please add something to tell you apart.</source>
        <translation>Já entrou alguém com o nome &quot;%1&quot;; acrescente algo que permita distingui-los.</translation>
    </message>
    <message>
        <source>A participant joined from a device</source>
        <translation>Um participante entrou a partir de um dispositivo</translation>
    </message>
    <message>
        <source>A change from a participant&apos;s device could not be saved: %1</source>
        <translation>Não foi possível guardar uma alteração vinda do dispositivo de um participante: %1</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>O corpo tem de ser um objeto JSON.</translation>
    </message>
    <message>
        <source>The body is not valid JSON.</source>
        <translation>O corpo não é JSON válido.</translation>
    </message>
    <message>
        <source>The body has data after the JSON object.</source>
        <translation>O corpo tem dados depois do objeto JSON.</translation>
    </message>
    <message>
        <source>The body contains an unpaired surrogate.</source>
        <translation>O corpo contém um surrogate não emparelhado.</translation>
    </message>
    <message>
        <source>The body is nested too deeply.</source>
        <translation>O corpo tem demasiados níveis de aninhamento.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice.</source>
        <translation>A chave &quot;%1&quot; aparece duas vezes.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>uma cadeia de caracteres</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>um número inteiro</translation>
    </message>
    <message>
        <source>an id (UUID)</source>
        <translation>um id (UUID)</translation>
    </message>
    <message>
        <source>The body is not valid UTF-8.</source>
        <translation>O corpo não é UTF-8 válido.</translation>
    </message>
    <message>
        <source>The body must not start with a byte order mark.</source>
        <translation>O corpo não pode começar com uma marca de ordem de bytes (BOM).</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Campo desconhecido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>Falta o campo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be %2.</source>
        <translation>O campo &quot;%1&quot; tem de ser %2.</translation>
    </message>
    <message>
        <source>The %1 is too long (at most %2 characters).</source>
        <translation>O campo %1 é demasiado longo (no máximo %2 caracteres).</translation>
    </message>
    <message>
        <source>The %1 contains control characters.</source>
        <translation>O campo %1 contém caracteres não imprimíveis.</translation>
    </message>
    <message>
        <source>The %1 contains text-direction controls; please type it without them.</source>
        <translation>O campo %1 contém caracteres de controlo da direção do texto; escreva-o sem eles.</translation>
    </message>
    <message>
        <source>The %1 contains invalid characters.</source>
        <translation>O campo %1 contém caracteres inválidos.</translation>
    </message>
    <message>
        <source>The shared session table could not be written: %1</source>
        <translation>Não foi possível escrever a tabela de sessões partilhada: %1</translation>
    </message>
</context>
<context>
    <name>pamoja::LiveSession</name>
    <message>
        <source>Start &amp;Live Session…</source>
        <translation>Iniciar &amp;sessão ao vivo…</translation>
    </message>
    <message>
        <source>Let participants join from their own phones on this network</source>
        <translation>Permitir que os participantes entrem a partir dos seus próprios telemóveis nesta rede</translation>
    </message>
    <message>
        <source>St&amp;op Live Session</source>
        <translation>&amp;Terminar sessão ao vivo</translation>
    </message>
    <message>
        <source>P&amp;ause Device Submissions</source>
        <translation>P&amp;ausar envios dos dispositivos</translation>
    </message>
    <message>
        <source>Show &amp;Join Code in Presenter</source>
        <translation>Mostrar o código de &amp;acesso na vista de apresentação</translation>
    </message>
    <message>
        <source>Show the QR code and the join code to the room</source>
        <translation>Mostrar à sala o código QR e o código de acesso</translation>
    </message>
    <message>
        <source>Live Session &amp;Panel</source>
        <translation>&amp;Painel da sessão ao vivo</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Sessão ao vivo</translation>
    </message>
    <message>
        <source>Open a workshop first: devices add their ideas to the open workshop.</source>
        <translation>Abra primeiro uma oficina: os dispositivos adicionam as suas ideias à oficina aberta.</translation>
    </message>
    <message>
        <source>This workshop is open read-only, so devices could not add anything. Close the other Pamoja that has it open, then open it here again.</source>
        <translation>Esta oficina está aberta em modo de leitura, por isso os dispositivos não poderiam adicionar nada. Feche a outra instância do Pamoja que a tem aberta e, depois, volte a abri-la aqui.</translation>
    </message>
    <message>
        <source>Port %1 is already in use on this computer, perhaps by another Pamoja or another program. Choose another port, such as %2.</source>
        <translation>A porta %1 já está a ser usada neste computador, talvez por outra instância do Pamoja ou por outro programa. Escolha outra porta, como %2.</translation>
    </message>
    <message>
        <source>Stop Live Session</source>
        <translation>Terminar sessão ao vivo</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) from devices still wait for your approval. They stay in the workshop, hidden; you can reveal them from the board later. Stop the live session?</source>
        <translation>
            <numerusform>%n ideia dos dispositivos ainda aguarda a sua aprovação. Fica na oficina, oculta; pode revelá-la mais tarde a partir do quadro. Terminar a sessão ao vivo?</numerusform>
            <numerusform>%n ideias dos dispositivos ainda aguardam a sua aprovação. Ficam na oficina, ocultas; pode revelá-las mais tarde a partir do quadro. Terminar a sessão ao vivo?</numerusform>
        </translation>
    </message>
    <message>
        <source>The live session stopped: devices cannot reach it. Start it again from the Session menu.</source>
        <translation>A sessão ao vivo terminou: os dispositivos não lhe conseguem aceder. Inicie-a de novo a partir do menu Sessão.</translation>
    </message>
    <message>
        <source>Live session stopped</source>
        <translation>Sessão ao vivo terminada</translation>
    </message>
    <message numerus="yes">
        <source>Live, paused: %n device(s)</source>
        <translation>
            <numerusform>Ao vivo, em pausa: %n dispositivo</numerusform>
            <numerusform>Ao vivo, em pausa: %n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live: %n device(s) connected</source>
        <translation>
            <numerusform>Ao vivo: %n dispositivo ligado</numerusform>
            <numerusform>Ao vivo: %n dispositivos ligados</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>Publish Report</source>
        <translation>Publicar relatório</translation>
    </message>
    <message>
        <source>Make the PDF report (%1) and let every device in the session download it? Anonymous ideas carry no name; names appear only where participants agreed.</source>
        <translation>Criar o relatório em PDF (%1) e permitir que todos os dispositivos da sessão o descarreguem? As ideias anónimas não têm nome; os nomes só aparecem quando os participantes o autorizaram.</translation>
    </message>
    <message>
        <source>There is no room for the report in the temporary folder.</source>
        <translation>Não há espaço para o relatório na pasta temporária.</translation>
    </message>
    <message>
        <source>The live session stopped before the report was ready.</source>
        <translation>A sessão ao vivo terminou antes de o relatório estar pronto.</translation>
    </message>
    <message>
        <source>The report is ready for the devices.</source>
        <translation>O relatório está pronto para os dispositivos.</translation>
    </message>
</context>
<context>
    <name>pamoja::LiveSessionDialog</name>
    <message>
        <source>Start Live Session</source>
        <translation>Iniciar sessão ao vivo</translation>
    </message>
    <message>
        <source>Participants join from their own phones or laptops on the same network: no internet, no install, no account. Pick the network they are on.</source>
        <translation>Os participantes entram a partir dos seus próprios telemóveis ou portáteis na mesma rede: sem internet, sem instalação, sem conta. Escolha a rede em que estão.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Rede:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>&amp;Moderate: ideas from devices wait for my approval</source>
        <translation>&amp;Moderar: as ideias dos dispositivos aguardam a minha aprovação</translation>
    </message>
    <message>
        <source>Problem starting the live session</source>
        <translation>Problema ao iniciar a sessão ao vivo</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start the live session</source>
        <translation>Iniciar a sessão ao vivo</translation>
    </message>
    <message>
        <source>Only this computer can reach the session on this address. Connect to the room&apos;s Wi-Fi for phones to join.</source>
        <translation>Neste endereço, só este computador consegue aceder à sessão. Ligue-se ao Wi-Fi da sala para que os telemóveis possam entrar.</translation>
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
        <translation>%1, só este computador</translation>
    </message>
    <message>
        <source>%1, not connected</source>
        <translation>%1, sem ligação</translation>
    </message>
    <message>
        <source>There is no network address to listen on.</source>
        <translation>Não há nenhum endereço de rede para escuta.</translation>
    </message>
</context>
<context>
    <name>pamoja::Main</name>
    <message>
        <source>pamoja: no display found. Run it on a desktop, under a virtual display (xvfb-run pamoja FILE), or with QT_QPA_PLATFORM=offscreen for a headless start. The subcommands (pamoja help) need no display.
</source>
        <translation>pamoja: não foi encontrada nenhuma saída gráfica. Execute-o num ambiente de trabalho gráfico, numa saída gráfica virtual (xvfb-run pamoja FILE) ou com QT_QPA_PLATFORM=offscreen para iniciar sem interface gráfica. Os subcomandos (pamoja help) não precisam de saída gráfica.
</translation>
    </message>
    <message>
        <source>Envisioning workshops, together.</source>
        <translation>Oficinas de construção de visão, em conjunto.</translation>
    </message>
    <message>
        <source>A workshop file to open.</source>
        <translation>Um ficheiro de oficina a abrir.</translation>
    </message>
    <message>
        <source>pamoja: the interface language &quot;%1&quot; could not be loaded; continuing in English.
</source>
        <translation>pamoja: não foi possível carregar o idioma da interface &quot;%1&quot;; continua em inglês.
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
        <translation>Modo de leitura: esta oficina está aberta em outra instância do Pamoja ou não pode ser escrita. Pode consultá-la, mas não é possível fazer alterações aqui.</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Aviso de modo de leitura</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Fechar a mensagem</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Open a workshop or create a new one to begin. You can also drop a .pamoja file here.</source>
        <translation>Abra uma oficina ou crie uma nova para começar. Também pode arrastar um ficheiro .pamoja para aqui.</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Nova oficina…</translation>
    </message>
    <message>
        <source>&amp;Open Workshop…</source>
        <translation>&amp;Abrir oficina…</translation>
    </message>
    <message>
        <source>Create a new workshop</source>
        <translation>Criar uma nova oficina</translation>
    </message>
    <message>
        <source>Open a workshop file</source>
        <translation>Abrir um ficheiro de oficina</translation>
    </message>
    <message>
        <source>Board or outline</source>
        <translation>Quadro ou estrutura</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Quadro</translation>
    </message>
    <message>
        <source>Ou&amp;tline</source>
        <translation>&amp;Estrutura</translation>
    </message>
    <message>
        <source>Search ideas (Ctrl+F)</source>
        <translation>Procurar ideias (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search ideas</source>
        <translation>Procurar ideias</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [modo de leitura]</translation>
    </message>
    <message>
        <source>%1 — Pamoja</source>
        <translation>%1 — Pamoja</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Guardar uma &amp;cópia…</translation>
    </message>
    <message>
        <source>&amp;Close Workshop</source>
        <translation>&amp;Fechar oficina</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Confi&amp;gurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Find Ideas</source>
        <translation>&amp;Procurar ideias</translation>
    </message>
    <message>
        <source>Capture an &amp;Idea</source>
        <translation>Captar uma &amp;ideia</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Step &amp;%1</source>
        <translation>Etapa &amp;%1</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Visão geral</translation>
    </message>
    <message>
        <source>&amp;Presenter View</source>
        <translation>Vista de &amp;apresentação</translation>
    </message>
    <message>
        <source>Show the prompt, timer and revealed ideas in a second window for the room</source>
        <translation>Mostrar a pergunta, o temporizador e as ideias reveladas numa segunda janela, para a sala</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Painéis</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessão</translation>
    </message>
    <message>
        <source>&amp;Private Writing</source>
        <translation>Escrita &amp;privada</translation>
    </message>
    <message>
        <source>New ideas stay hidden from the board until you reveal them</source>
        <translation>As novas ideias ficam ocultas no quadro até que as revele</translation>
    </message>
    <message>
        <source>&amp;Reveal Hidden Ideas</source>
        <translation>&amp;Revelar ideias ocultas</translation>
    </message>
    <message>
        <source>Start or Pause the &amp;Timer</source>
        <translation>Iniciar ou pausar o &amp;temporizador</translation>
    </message>
    <message>
        <source>R&amp;eset the Timer</source>
        <translation>R&amp;einiciar o temporizador</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About Pamoja</source>
        <translation>&amp;Sobre o Pamoja</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Desfazer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Refazer %1</translation>
    </message>
    <message>
        <source>Turn private writing on</source>
        <translation>Ativar a escrita privada</translation>
    </message>
    <message>
        <source>Turn private writing off</source>
        <translation>Desativar a escrita privada</translation>
    </message>
    <message>
        <source>About Pamoja</source>
        <translation>Sobre o Pamoja</translation>
    </message>
    <message>
        <source>Pamoja %1: envisioning workshops for balanced partnerships between Northern and Southern civil-society organisations.</source>
        <translation>Pamoja %1: oficinas de construção de visão para parcerias equilibradas entre organizações da sociedade civil do Norte e do Sul.</translation>
    </message>
    <message>
        <source>Workshop in Use</source>
        <translation>Oficina em uso</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You can look at everything but not change it.</source>
        <translation>%1

Abrir em modo de leitura? Pode consultar tudo, mas não alterar nada.</translation>
    </message>
    <message>
        <source>Open Workshop</source>
        <translation>Abrir oficina</translation>
    </message>
    <message>
        <source>Pamoja workshops (*.pamoja);;All files (*)</source>
        <translation>Oficinas Pamoja (*.pamoja);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>Cópia de %1</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Guardar uma cópia</translation>
    </message>
    <message>
        <source>Pamoja workshops (*.pamoja)</source>
        <translation>Oficinas Pamoja (*.pamoja)</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>Foi guardada uma cópia como %1.</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>Nenhuma oficina recente</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Limpar a lista</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Workshop Settings…</source>
        <translation>&amp;Configurações da oficina…</translation>
    </message>
    <message>
        <source>&amp;Quick Capture Window</source>
        <translation>Janela de captura &amp;rápida</translation>
    </message>
    <message>
        <source>Import &amp;Ideas…</source>
        <translation>Importar &amp;ideias…</translation>
    </message>
    <message>
        <source>Import Ideas</source>
        <translation>Importar ideias</translation>
    </message>
    <message>
        <source>Lists of ideas (*.txt *.md *.markdown *.csv *.tsv *.xlsx);;All files (*)</source>
        <translation>Listas de ideias (*.txt *.md *.markdown *.csv *.tsv *.xlsx);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Export Contribution &amp;Form…</source>
        <translation>Exportar f&amp;ormulário de contribuições…</translation>
    </message>
    <message>
        <source>Import Contribution &amp;Packet…</source>
        <translation>Importar &amp;pacote de contribuições…</translation>
    </message>
    <message>
        <source>%1 contribution form</source>
        <translation>Formulário de contribuições de %1</translation>
    </message>
    <message>
        <source>Export Contribution Form</source>
        <translation>Exportar formulário de contribuições</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>The contribution form was saved as %1. Send it to participants; they send back a contribution packet to import.</source>
        <translation>O formulário de contribuições foi guardado como %1. Envie-o aos participantes; eles devolvem um pacote de contribuições para importar.</translation>
    </message>
    <message>
        <source>Import Contribution Packet</source>
        <translation>Importar pacote de contribuições</translation>
    </message>
    <message>
        <source>Contribution packets (*.txt *.eml);;All files (*)</source>
        <translation>Pacotes de contribuições (*.txt *.eml);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Open the workshop the contribution packet is for first, then import it.</source>
        <translation>Abra primeiro a oficina a que o pacote de contribuições se destina e depois importe-o.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Nada foi importado.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to import: the %n idea(s) of this contribution packet are already in the workshop.</source>
        <translation>
            <numerusform>Nada a importar: este pacote de contribuições tem %n ideia e já está na oficina.</numerusform>
            <numerusform>Nada a importar: este pacote de contribuições tem %n ideias e já estão todas na oficina.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contribution packet %1</source>
        <translation>Importar o pacote de contribuições %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n idea(s) from the contribution packet.</source>
        <translation>
            <numerusform>Importada %n ideia do pacote de contribuições.</numerusform>
            <numerusform>Importadas %n ideias do pacote de contribuições.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in the workshop.</source>
        <translation>
            <numerusform>%n já estava na oficina.</numerusform>
            <numerusform>%n já estavam na oficina.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Workshop &amp;Data (JSON)…</source>
        <translation>Importar &amp;dados de uma oficina (JSON)…</translation>
    </message>
    <message>
        <source>Import Workshop Data</source>
        <translation>Importar dados de uma oficina</translation>
    </message>
    <message>
        <source>Pamoja JSON exports (*.json);;All files (*)</source>
        <translation>Exportações JSON do Pamoja (*.json);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Open the workshop to import into first, then import the JSON export.</source>
        <translation>Abra primeiro a oficina para onde quer importar e depois importe a exportação JSON.</translation>
    </message>
    <message>
        <source>%1 is too large to be a Pamoja workshop export. Nothing was imported.</source>
        <translation>%1 é demasiado grande para ser uma exportação de oficina do Pamoja. Nada foi importado.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to import: the %n item(s) of %1 are already in this workshop.</source>
        <translation>
            <numerusform>Nada a importar: o %n item de %1 já está nesta oficina.</numerusform>
            <numerusform>Nada a importar: os %n itens de %1 já estão nesta oficina.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n new item(s) from %1 into this workshop?</source>
        <translation>
            <numerusform>Importar %n item novo de %1 para esta oficina?</numerusform>
            <numerusform>Importar %n itens novos de %1 para esta oficina?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are already here and stay as they are.</source>
        <translation>
            <numerusform>%n item já está aqui e fica como está.</numerusform>
            <numerusform>%n itens já estão aqui e ficam como estão.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo the import with Edit &gt; Undo.</source>
        <translation>Pode anular a importação com Editar &gt; Desfazer.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from %1.</source>
        <translation>
            <numerusform>Importado %n item de %1.</numerusform>
            <numerusform>Importados %n itens de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Detect &amp;Languages</source>
        <translation>Detetar &amp;idiomas</translation>
    </message>
    <message>
        <source>Fill in the language of ideas that have none, where the text makes it clear; a language someone gave is kept</source>
        <translation>Preencher o idioma das ideias que não o têm, quando o texto o deixa claro; um idioma indicado por alguém é mantido</translation>
    </message>
    <message>
        <source>No language detected: the %1 ideas without one are too short or too mixed to tell.</source>
        <translation>Nenhum idioma detetado: as %1 ideias sem idioma são curtas ou misturadas demais para o dizer.</translation>
    </message>
    <message>
        <source>Every idea&apos;s language is known.</source>
        <translation>O idioma de cada ideia é conhecido.</translation>
    </message>
    <message>
        <source>Detect languages</source>
        <translation>Detetar idiomas</translation>
    </message>
    <message>
        <source>Detected the language of %1 of %2 ideas without one.</source>
        <translation>Foi detetado o idioma de %1 das %2 ideias que não o tinham.</translation>
    </message>
    <message>
        <source>&amp;Merge Workshop…</source>
        <translation>F&amp;undir uma oficina…</translation>
    </message>
    <message>
        <source>Show Only Ideas &amp;Flagged for Review</source>
        <translation>Mostrar apenas as ideias &amp;assinaladas para revisão</translation>
    </message>
    <message>
        <source>Merge Workshop</source>
        <translation>Fundir uma oficina</translation>
    </message>
    <message>
        <source>%1 holds nothing this workshop does not have already.</source>
        <translation>%1 não contém nada que esta oficina ainda não tenha.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 in %2 has the name and organisation of a participant already in this workshop.

Are they the same person? Yes: one participant. No: keep them separate.</source>
        <translation>%1 em %2 tem o nome e a organização de um participante que já está nesta oficina.

São a mesma pessoa? Sim: um só participante. Não: mantê-los separados.</translation>
    </message>
    <message>
        <source>Merging %1 into this workshop:</source>
        <translation>Fusão de %1 nesta oficina:</translation>
    </message>
    <message>
        <source>Merge now? Edit &gt; Undo takes the whole merge back.</source>
        <translation>Fundir agora? Editar &gt; Desfazer anula toda a fusão.</translation>
    </message>
    <message>
        <source>Merged %1: %2 added, %3 updated, %4 removed, %5 flagged for review.</source>
        <translation>Fusão de %1 concluída. Adicionados: %2; atualizados: %3; removidos: %4; ideias assinaladas para revisão: %5.</translation>
    </message>
    <message>
        <source>&amp;Translate Ideas…</source>
        <translation>&amp;Traduzir ideias…</translation>
    </message>
    <message>
        <source>Machine translation beside each idea, with Apertium, on this computer</source>
        <translation>Tradução automática ao lado de cada ideia, com o Apertium, neste computador</translation>
    </message>
    <message>
        <source>Edit T&amp;ranslation…</source>
        <translation>&amp;Editar tradução…</translation>
    </message>
    <message>
        <source>Show &amp;Translations</source>
        <translation>Mostrar &amp;traduções</translation>
    </message>
    <message>
        <source>Show each idea&apos;s translation under its words on the board, in the outline and in the presenter view</source>
        <translation>Mostrar a tradução de cada ideia por baixo das suas palavras, no quadro, na estrutura e na vista de apresentação</translation>
    </message>
    <message>
        <source>Select an idea to edit its translation.</source>
        <translation>Selecione uma ideia para editar a sua tradução.</translation>
    </message>
    <message>
        <source>Open Reposi&amp;tory…</source>
        <translation>Abrir reposi&amp;tório…</translation>
    </message>
    <message>
        <source>Suggest &amp;Groups…</source>
        <translation>Sugerir gr&amp;upos…</translation>
    </message>
    <message>
        <source>Connection to the database</source>
        <translation>Ligação à base de dados</translation>
    </message>
    <message>
        <source>Reconnect Now</source>
        <translation>Ligar de novo agora</translation>
    </message>
    <message>
        <source>Reconnect to the database now</source>
        <translation>Ligar de novo à base de dados agora</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept on this computer until it is back.</source>
        <translation>
            <numerusform>%n alteração guardada neste computador até ela voltar.</numerusform>
            <numerusform>%n alterações guardadas neste computador até ela voltar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes are kept on this computer until it is back.</source>
        <translation>As alterações ficam guardadas neste computador até ela voltar.</translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n second(s).</source>
        <translation>
            <numerusform>Próxima tentativa dentro de %n segundo.</numerusform>
            <numerusform>Próxima tentativa dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>A ligar…</translation>
    </message>
    <message>
        <source>Not connected to the database. %1 %2</source>
        <translation>Sem ligação à base de dados. %1 %2</translation>
    </message>
    <message>
        <source>Changes Not Yet Saved</source>
        <translation>Alterações ainda não gravadas</translation>
    </message>
    <message numerus="yes">
        <source>The connection to the database is lost, and %n change(s) made since exist only on this computer. Closing the workshop now loses them.

Try to reconnect, save the whole workshop as you see it to a JSON file, or discard them?</source>
        <translation>
            <numerusform>A ligação à base de dados perdeu-se, e %n alteração feita desde então só existe neste computador. Fechar a oficina agora fá-la perder.

Tentar ligar de novo, gravar toda a oficina tal como a vê num ficheiro JSON, ou descartá-la?</numerusform>
            <numerusform>A ligação à base de dados perdeu-se, e %n alterações feitas desde então só existem neste computador. Fechar a oficina agora fá-las perder.

Tentar ligar de novo, gravar toda a oficina tal como a vê num ficheiro JSON, ou descartá-las?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Workshop as JSON</source>
        <translation>Gravar a oficina como JSON</translation>
    </message>
    <message>
        <source>Pamoja JSON exports (*.json)</source>
        <translation>Exportações JSON do Pamoja (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível escrever %1: %2</translation>
    </message>
</context>
<context>
    <name>pamoja::Merge</name>
    <message>
        <source>Merge workshop %1</source>
        <translation>Fundir a oficina %1</translation>
    </message>
    <message>
        <source>Merge workshops</source>
        <translation>Fundir oficinas</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 removed.</source>
        <translation>Adicionados: %1; atualizados: %2; removidos: %3.</translation>
    </message>
    <message>
        <source>%1 ideas flagged for review.</source>
        <translation>Ideias assinaladas para revisão: %1.</translation>
    </message>
    <message>
        <source>%1 participants taken as ones already here (same name and organisation).</source>
        <translation>Participantes considerados como já existentes (mesmo nome e organização): %1.</translation>
    </message>
    <message>
        <source>%1 history entries learned.</source>
        <translation>Entradas do histórico incorporadas: %1.</translation>
    </message>
    <message>
        <source>%1 is not a copy of this workshop (&quot;%2&quot;): only copies of one workshop can be merged.</source>
        <translation>%1 não é uma cópia desta oficina (&quot;%2&quot;): só podem ser fundidas cópias de uma mesma oficina.</translation>
    </message>
    <message>
        <source>The copies cannot be merged: %1 Nothing was changed.</source>
        <translation>As cópias não podem ser fundidas: %1 Nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 não existe.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 não é um ficheiro legível.</translation>
    </message>
    <message>
        <source>%1 is the workshop being merged into; choose another file.</source>
        <translation>%1 é a oficina de destino da fusão; escolha outro ficheiro.</translation>
    </message>
    <message>
        <source>Could not make a private folder to read %1: %2</source>
        <translation>Não foi possível criar uma pasta privada para ler %1: %2</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Não foi possível ler %1.</translation>
    </message>
</context>
<context>
    <name>pamoja::NewWorkshopDialog</name>
    <message>
        <source>New Workshop</source>
        <translation>Nova oficina</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nova oficina</translation>
    </message>
    <message>
        <source>Workshop title</source>
        <translation>Título da oficina</translation>
    </message>
    <message>
        <source>Workshop file</source>
        <translation>Ficheiro da oficina</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Choose the workshop file</source>
        <translation>Escolher o ficheiro da oficina</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ficheiro:</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>oficina</translation>
    </message>
    <message>
        <source>Workshop File</source>
        <translation>Ficheiro da oficina</translation>
    </message>
    <message>
        <source>Pamoja workshops (*.pamoja)</source>
        <translation>Oficinas Pamoja (*.pamoja)</translation>
    </message>
    <message>
        <source>Problem with the workshop file</source>
        <translation>Problema com o ficheiro da oficina</translation>
    </message>
    <message>
        <source>Choose a file for the workshop.</source>
        <translation>Escolha um ficheiro para a oficina.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 já existe; escolha outro nome.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another folder with Browse.</source>
        <translation>A pasta %1 não existe; escolha outra pasta com Procurar.</translation>
    </message>
    <message>
        <source>You cannot save in the folder %1; choose another folder with Browse.</source>
        <translation>Não pode guardar na pasta %1; escolha outra pasta com Procurar.</translation>
    </message>
</context>
<context>
    <name>pamoja::OpenRepositoryDialog</name>
    <message>
        <source>Open Repository</source>
        <translation>Abrir repositório</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de dados</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>From PGPASSWORD or ~/.pgpass when empty</source>
        <translation>De PGPASSWORD ou ~/.pgpass se ficar vazio</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Ligar</translation>
    </message>
    <message>
        <source>Workshops in the database</source>
        <translation>Oficinas na base de dados</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Data de criação</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Connect to list the workshops of the database.</source>
        <translation>Ligue-se para listar as oficinas da base de dados.</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de dados:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilizador:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Palavra-passe:</translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation>Indique o servidor e a base de dados.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>A ligar…</translation>
    </message>
    <message>
        <source>The database holds no workshops yet. Copy one in with &quot;pamoja copy FILE LOCATION&quot;.</source>
        <translation>A base de dados ainda não tem oficinas. Copie uma para lá com &quot;pamoja copy FILE LOCATION&quot;.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) in the database.</source>
        <translation>
            <numerusform>%n oficina na base de dados.</numerusform>
            <numerusform>%n oficinas na base de dados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection details changed; connect again.</source>
        <translation>Os dados de ligação mudaram; volte a ligar.</translation>
    </message>
</context>
<context>
    <name>pamoja::OutlineModel</name>
    <message numerus="yes">
        <source>%1 (%n idea(s))</source>
        <translation>
            <numerusform>%1 (%n ideia)</numerusform>
            <numerusform>%1 (%n ideias)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in a cluster (%n idea(s))</source>
        <translation>
            <numerusform>Fora de agrupamentos (%n ideia)</numerusform>
            <numerusform>Fora de agrupamentos (%n ideias)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ideas not yet in a cluster</source>
        <translation>Ideias ainda fora de agrupamentos</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n idea(s)</source>
        <translation>
            <numerusform>%1: %n ideia</numerusform>
            <numerusform>%1: %n ideias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 [hidden from the presenter view]</source>
        <translation>%1 [oculta na vista de apresentação]</translation>
    </message>
    <message>
        <source>Original words: %1</source>
        <translation>Texto original: %1</translation>
    </message>
    <message>
        <source>Rename cluster to &quot;%1&quot;</source>
        <translation>Renomear o agrupamento para &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit an idea&apos;s words</source>
        <translation>Editar o texto de uma ideia</translation>
    </message>
    <message>
        <source>Clusters and ideas</source>
        <translation>Agrupamentos e ideias</translation>
    </message>
    <message numerus="yes">
        <source>Move %n idea(s) to another cluster</source>
        <translation>
            <numerusform>Mover %n ideia para outro agrupamento</numerusform>
            <numerusform>Mover %n ideias para outro agrupamento</numerusform>
        </translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <comment>a language Pamoja detected from the idea&apos;s text</comment>
        <translation>%1 (detetado)</translation>
    </message>
</context>
<context>
    <name>pamoja::OutlineView</name>
    <message>
        <source>Outline of clusters and ideas</source>
        <translation>Estrutura de agrupamentos e ideias</translation>
    </message>
    <message>
        <source>Each cluster with its ideas. Drag ideas onto another cluster to move them; F2 renames.</source>
        <translation>Cada agrupamento com as suas ideias. Arraste ideias para outro agrupamento para as mover; F2 renomeia.</translation>
    </message>
</context>
<context>
    <name>pamoja::OverviewPage</name>
    <message>
        <source>Workshop overview</source>
        <translation>Visão geral da oficina</translation>
    </message>
    <message>
        <source>Open or create a workshop to see its overview.</source>
        <translation>Abra ou crie uma oficina para ver a sua visão geral.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideias</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Agrupamentos</translation>
    </message>
    <message>
        <source>Not yet revealed</source>
        <translation>Ainda não reveladas</translation>
    </message>
    <message>
        <source>System changes: %1 · Actions: %2 · Participants: %3</source>
        <translation>Mudanças sistémicas: %1 · Ações: %2 · Participantes: %3</translation>
    </message>
    <message>
        <source>Participation balance</source>
        <translation>Equilíbrio da participação</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Grupo de pertença</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>Pessoas presentes</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>few ideas</source>
        <translation>poucas ideias</translation>
    </message>
    <message>
        <source>few votes</source>
        <translation>poucos votos</translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous idea(s) without a constituency are not counted above.</source>
        <translation>
            <numerusform>%n ideia anónima sem grupo de pertença não está contabilizada acima.</numerusform>
            <numerusform>%n ideias anónimas sem grupo de pertença não estão contabilizadas acima.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::Packet</name>
    <message>
        <source>The contribution packet is not valid: %1</source>
        <translation>O pacote de contribuições não é válido: %1</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing.</source>
        <translation>falta o campo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>there is an unknown field &quot;%1&quot;.</source>
        <translation>há um campo desconhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>idea %1</source>
        <translation>ideia %1</translation>
    </message>
    <message>
        <source>%1 has an invalid &quot;%2&quot;.</source>
        <translation>%1 tem um valor inválido em &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 não é um objeto.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>its content is not a JSON object.</source>
        <translation>o seu conteúdo não é um objeto JSON.</translation>
    </message>
    <message>
        <source>it is not a contribution (&quot;format&quot;).</source>
        <translation>não é uma contribuição (&quot;format&quot;).</translation>
    </message>
    <message>
        <source>its content and its header disagree on the version.</source>
        <translation>o conteúdo e o cabeçalho indicam versões diferentes.</translation>
    </message>
    <message>
        <source>the workshop&apos;s id is invalid.</source>
        <translation>o id da oficina é inválido.</translation>
    </message>
    <message>
        <source>the packet&apos;s id is invalid.</source>
        <translation>o id do pacote é inválido.</translation>
    </message>
    <message>
        <source>the workshop&apos;s title is invalid.</source>
        <translation>o título da oficina é inválido.</translation>
    </message>
    <message>
        <source>the time it was saved is invalid.</source>
        <translation>a hora a que foi guardado é inválida.</translation>
    </message>
    <message>
        <source>the language is invalid.</source>
        <translation>a língua é inválida.</translation>
    </message>
    <message>
        <source>it holds no ideas.</source>
        <translation>não contém ideias.</translation>
    </message>
    <message>
        <source>it holds more than %1 ideas.</source>
        <translation>contém mais de %1 ideias.</translation>
    </message>
    <message>
        <source>idea %1 has the same id as another.</source>
        <translation>a ideia %1 tem o mesmo id que outra.</translation>
    </message>
    <message>
        <source>The file is too large to be a contribution packet (more than 2 MB).</source>
        <translation>O ficheiro é demasiado grande para ser um pacote de contribuições (mais de 2 MB).</translation>
    </message>
    <message>
        <source>There is no contribution packet in it (no line &quot;%1&quot;).</source>
        <translation>Não contém nenhum pacote de contribuições (não há nenhuma linha &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The contribution packet is truncated: its end is missing, so part of it was lost when it was copied. Ask the participant to send the whole file, or all of the text from BEGIN to END.</source>
        <translation>O pacote de contribuições está truncado: falta o fim, por isso perdeu-se uma parte ao copiá-lo. Peça ao participante que envie o ficheiro completo, ou todo o texto de BEGIN a END.</translation>
    </message>
    <message>
        <source>its header line &quot;%1&quot; is unknown or repeated.</source>
        <translation>a linha de cabeçalho &quot;%1&quot; é desconhecida ou está repetida.</translation>
    </message>
    <message>
        <source>line %1 of the packet has characters a packet never holds; it was edited or damaged.</source>
        <translation>a linha %1 do pacote tem caracteres que um pacote nunca contém; foi editado ou danificado.</translation>
    </message>
    <message>
        <source>The contribution packet is too large (more than 1 MB of content).</source>
        <translation>O pacote de contribuições é demasiado grande (mais de 1 MB de conteúdo).</translation>
    </message>
    <message>
        <source>its version is missing or not a number.</source>
        <translation>a versão falta ou não é um número.</translation>
    </message>
    <message>
        <source>This contribution packet was made for a newer version of Pamoja (packet format %1; this version reads %2). Update Pamoja to import it.</source>
        <translation>Este pacote de contribuições foi criado para uma versão mais recente do Pamoja (formato de pacote %1; esta versão lê o %2). Atualize o Pamoja para o importar.</translation>
    </message>
    <message>
        <source>its length is missing or out of range.</source>
        <translation>o comprimento falta ou está fora do intervalo.</translation>
    </message>
    <message>
        <source>its checksum is missing or not SHA-256.</source>
        <translation>a soma de verificação falta ou não é SHA-256.</translation>
    </message>
    <message>
        <source>its content is not valid base64; it was edited or damaged.</source>
        <translation>o conteúdo não é base64 válido; foi editado ou danificado.</translation>
    </message>
    <message>
        <source>The contribution packet is truncated: it holds %1 of its %2 bytes, so part of it was lost when it was copied. Ask the participant to send the whole file, or all of the text from BEGIN to END.</source>
        <translation>O pacote de contribuições está truncado: contém %1 dos seus %2 bytes, por isso perdeu-se uma parte ao copiá-lo. Peça ao participante que envie o ficheiro completo, ou todo o texto de BEGIN a END.</translation>
    </message>
    <message>
        <source>The contribution packet was changed after it was saved: its checksum does not match its content (edited by hand, or damaged on the way). Nothing in it can be trusted; ask the participant to send it again.</source>
        <translation>O pacote de contribuições foi alterado depois de guardado: a soma de verificação não corresponde ao conteúdo (editado à mão ou danificado pelo caminho). Nada do que contém é fiável; peça ao participante que o envie novamente.</translation>
    </message>
    <message>
        <source>This contribution packet is for the workshop &quot;%1&quot; (%2), not for &quot;%3&quot; (%4). Import it into its own workshop.</source>
        <translation>Este pacote de contribuições é para a oficina &quot;%1&quot; (%2), não para &quot;%3&quot; (%4). Importe-o para a sua própria oficina.</translation>
    </message>
    <message>
        <source>An idea in the packet has the id of something else in the workshop (%1); the packet was made by hand. Nothing was imported.</source>
        <translation>Uma ideia do pacote tem o id de outro elemento da oficina (%1); o pacote foi feito à mão. Nada foi importado.</translation>
    </message>
    <message>
        <source>Idea %1: %2</source>
        <translation>Ideia %1: %2</translation>
    </message>
    <message>
        <source>Not on the roster, added as participants: %1.</source>
        <translation>Não constavam da lista de participantes; adicionados como participantes: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) answer a prompt the workshop no longer has; they go to the step&apos;s first prompt.</source>
        <translation>
            <numerusform>%n ideia responde a uma pergunta que a oficina já não tem; vai para a primeira pergunta da etapa.</numerusform>
            <numerusform>%n ideias respondem a uma pergunta que a oficina já não tem; vão para a primeira pergunta da etapa.</numerusform>
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
        <translation>Votação</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
</context>
<context>
    <name>pamoja::ParticipantModel</name>
    <message>
        <source>may be named</source>
        <translation>pode ser identificado</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>não identificado</translation>
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
        <translation>Editar o participante %1</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation>Nome ou pseudónimo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Grupo de pertença</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>Pode ser identificado</translation>
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
        <translation>Dar um ponto a: %1</translation>
    </message>
    <message>
        <source>This workshop is anonymous: your name is not asked and not kept.</source>
        <translation>Esta oficina é anónima: o seu nome não é pedido nem guardado.</translation>
    </message>
    <message>
        <source>Take part anonymously</source>
        <translation>Participar de forma anónima</translation>
    </message>
    <message>
        <source>You get an alias such as “Participant 7”. Anonymous ideas store no name.</source>
        <translation>Recebe um pseudónimo como “Participante 7”. As ideias anónimas não guardam nenhum nome.</translation>
    </message>
    <message>
        <source>Ideas shared so far</source>
        <translation>Ideias partilhadas até agora</translation>
    </message>
    <message>
        <source>No ideas have been revealed yet.</source>
        <translation>Ainda não foi revelada nenhuma ideia.</translation>
    </message>
    <message>
        <source>Pamoja workshop</source>
        <translation>Oficina Pamoja</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Workshop code</source>
        <translation>Código da oficina</translation>
    </message>
    <message>
        <source>Six letters and digits, shown by the facilitator.</source>
        <translation>Seis letras e algarismos, mostrados pelo facilitador.</translation>
    </message>
    <message>
        <source>That code is not right. Check it on the facilitator&apos;s screen.</source>
        <translation>Esse código não está certo. Confirme-o no ecrã do facilitador.</translation>
    </message>
    <message>
        <source>Withdraw this idea?</source>
        <translation>Retirar esta ideia?</translation>
    </message>
    <message>
        <source>Whom do you speak for?</source>
        <translation>Em nome de quem fala?</translation>
    </message>
    <message>
        <source>A donor</source>
        <translation>Um doador</translation>
    </message>
    <message>
        <source>A Northern CSO</source>
        <translation>Uma OSC do Norte</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Outra pessoa</translation>
    </message>
    <message>
        <source>A Southern CSO</source>
        <translation>Uma OSC do Sul</translation>
    </message>
    <message>
        <source>Your idea has been received.</source>
        <translation>A sua ideia foi recebida.</translation>
    </message>
    <message>
        <source>Dots left: %1 of %2</source>
        <translation>Pontos restantes: %1 de %2</translation>
    </message>
    <message>
        <source>My dots: %1</source>
        <translation>Os meus pontos: %1</translation>
    </message>
    <message>
        <source>Download the report (PDF, %1)</source>
        <translation>Descarregar o relatório (PDF, %1)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit your idea</source>
        <translation>Editar a sua ideia</translation>
    </message>
    <message>
        <source>Please write your idea first.</source>
        <translation>Escreva primeiro a sua ideia.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Algo correu mal. Tente novamente.</translation>
    </message>
    <message>
        <source>Received. The facilitator looks at it before it is shared.</source>
        <translation>Recebida. O facilitador vê-a antes de ser partilhada.</translation>
    </message>
    <message>
        <source>Your idea</source>
        <translation>A sua ideia</translation>
    </message>
    <message>
        <source>One idea at a time, in any language.</source>
        <translation>Uma ideia de cada vez, em qualquer língua.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Join the workshop</source>
        <translation>Entrar na oficina</translation>
    </message>
    <message>
        <source>You take part as %1.</source>
        <translation>Participa como %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Leave on this phone</source>
        <translation>Sair neste telemóvel</translation>
    </message>
    <message>
        <source>Connected. The page updates by itself.</source>
        <translation>Ligado. A página atualiza-se sozinha.</translation>
    </message>
    <message>
        <source>Not in a group</source>
        <translation>Fora de agrupamentos</translation>
    </message>
    <message>
        <source>My ideas</source>
        <translation>As minhas ideias</translation>
    </message>
    <message>
        <source>You have not sent an idea yet.</source>
        <translation>Ainda não enviou nenhuma ideia.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>O seu nome</translation>
    </message>
    <message>
        <source>As you would like others to see it.</source>
        <translation>Tal como quer que os outros o vejam.</translation>
    </message>
    <message>
        <source>Without JavaScript, reload the page to see what is new.</source>
        <translation>Sem JavaScript, recarregue a página para ver as novidades.</translation>
    </message>
    <message>
        <source>No connection. Your ideas are kept on this phone and sent when it is back.</source>
        <translation>Sem ligação. As suas ideias ficam guardadas neste telemóvel e são enviadas quando a ligação voltar.</translation>
    </message>
    <message>
        <source>The facilitator has paused new ideas for now.</source>
        <translation>O facilitador pausou as novas ideias por agora.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>À espera de envio</translation>
    </message>
    <message>
        <source>Still to send: %1</source>
        <translation>Por enviar: %1</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>A pergunta</translation>
    </message>
    <message>
        <source>Remove a dot from: %1</source>
        <translation>Retirar um ponto de: %1</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>O relatório</translation>
    </message>
    <message>
        <source>Shared with everyone</source>
        <translation>Partilhada com todos</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save my dots</source>
        <translation>Guardar os meus pontos</translation>
    </message>
    <message>
        <source>Received. Others see it once the facilitator shares the ideas.</source>
        <translation>Recebida. Os outros vão vê-la quando o facilitador partilhar as ideias.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send without my name</source>
        <translation>Enviar sem o meu nome</translation>
    </message>
    <message>
        <source>Skip to the content</source>
        <translation>Saltar para o conteúdo</translation>
    </message>
    <message>
        <source>Step 1: Envision</source>
        <translation>Etapa 1: Imaginar</translation>
    </message>
    <message>
        <source>Step 2: System change</source>
        <translation>Etapa 2: Mudança sistémica</translation>
    </message>
    <message>
        <source>Step 3: Action</source>
        <translation>Etapa 3: Ação</translation>
    </message>
    <message>
        <source>This idea has been shared with everyone and can no longer be changed.</source>
        <translation>Esta ideia já foi partilhada com todos e já não pode ser alterada.</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votar</translation>
    </message>
    <message>
        <source>You have %1 dots. Put up to %2 on one item.</source>
        <translation>Tem %1 pontos. Pode pôr até %2 no mesmo elemento.</translation>
    </message>
    <message>
        <source>That vote was not taken: no dots left, or the round has closed.</source>
        <translation>Esse voto não foi registado: não restam pontos ou a ronda foi encerrada.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Your idea has been withdrawn.</source>
        <translation>A sua ideia foi retirada.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sobre si</translation>
    </message>
    <message>
        <source>Add this idea</source>
        <translation>Adicionar esta ideia</translation>
    </message>
    <message>
        <source>Idea added. You can write another one.</source>
        <translation>Ideia adicionada. Pode escrever outra.</translation>
    </message>
    <message>
        <source>You changed your ideas after saving: save again so the new version is sent.</source>
        <translation>Alterou as suas ideias depois de guardar: guarde novamente para que seja enviada a nova versão.</translation>
    </message>
    <message>
        <source>I would rather not say</source>
        <translation>Prefiro não dizer</translation>
    </message>
    <message>
        <source>Copied. Paste it into an e-mail to the facilitator.</source>
        <translation>Copiado. Cole-o num e-mail para o facilitador.</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Copiar o texto</translation>
    </message>
    <message>
        <source>Copying did not work here: select all of the text and copy it yourself.</source>
        <translation>Não foi possível copiar aqui: selecione todo o texto e copie-o manualmente.</translation>
    </message>
    <message>
        <source>Ideas written so far: %1</source>
        <translation>Ideias escritas até agora: %1</translation>
    </message>
    <message>
        <source>Download the file</source>
        <translation>Descarregar o ficheiro</translation>
    </message>
    <message>
        <source>Write your ideas here, even without an internet connection. When you are done, save your contribution and send it to the facilitator, by e-mail or on a USB stick.</source>
        <translation>Escreva aqui as suas ideias, mesmo sem ligação à internet. Quando terminar, guarde a sua contribuição e envie-a ao facilitador, por e-mail ou numa pen USB.</translation>
    </message>
    <message>
        <source>Your ideas are kept in this browser on this device until you send them.</source>
        <translation>As suas ideias ficam guardadas neste navegador, neste dispositivo, até as enviar.</translation>
    </message>
    <message>
        <source>Leave your name empty to take part anonymously: then no name is kept with your ideas.</source>
        <translation>Deixe o nome em branco para participar de forma anónima: assim, nenhum nome fica guardado com as suas ideias.</translation>
    </message>
    <message>
        <source>This workshop asks for your name. Please write it first.</source>
        <translation>Esta oficina pede o seu nome. Escreva-o primeiro.</translation>
    </message>
    <message>
        <source>Write at least one idea first.</source>
        <translation>Escreva primeiro pelo menos uma ideia.</translation>
    </message>
    <message>
        <source>This form needs JavaScript to save your contribution, and JavaScript is switched off in this browser. You can still take part: write your ideas in an e-mail to the facilitator, with the question each one answers, and your name if you want it kept with them.</source>
        <translation>Este formulário precisa de JavaScript para guardar a sua contribuição, e o JavaScript está desativado neste navegador. Pode participar na mesma: escreva as suas ideias num e-mail para o facilitador, com a pergunta a que cada uma responde, e o seu nome se quiser que fique guardado com elas.</translation>
    </message>
    <message>
        <source>Your contribution as text</source>
        <translation>A sua contribuição em texto</translation>
    </message>
    <message>
        <source>Copy all of it, from BEGIN to END, into an e-mail to the facilitator. Nothing needs to be changed in it.</source>
        <translation>Copie tudo, de BEGIN a END, e cole num e-mail para o facilitador. Não é preciso alterar nada.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the idea: %1</source>
        <translation>Remover a ideia: %1</translation>
    </message>
    <message>
        <source>Idea removed.</source>
        <translation>Ideia removida.</translation>
    </message>
    <message>
        <source>Save my contribution</source>
        <translation>Guardar a minha contribuição</translation>
    </message>
    <message>
        <source>This makes a small file to send to the facilitator, and shows the same text to paste into an e-mail. Nothing is sent by itself.</source>
        <translation>Isto cria um pequeno ficheiro para enviar ao facilitador e mostra o mesmo texto para colar num e-mail. Nada é enviado automaticamente.</translation>
    </message>
    <message>
        <source>Your contribution is ready: send the file or the text to the facilitator.</source>
        <translation>A sua contribuição está pronta: envie o ficheiro ou o texto ao facilitador.</translation>
    </message>
    <message>
        <source>Send it</source>
        <translation>Enviar a sua contribuição</translation>
    </message>
    <message>
        <source>Offline contribution form</source>
        <translation>Formulário de contribuições sem ligação</translation>
    </message>
    <message>
        <source>Your ideas for this question</source>
        <translation>As suas ideias para esta pergunta</translation>
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
        <translation>Nome ou pseudónimo de um novo participante</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation>Nome ou pseudónimo</translation>
    </message>
    <message>
        <source>Constituency of the new participant</source>
        <translation>Grupo de pertença do novo participante</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Adicionar participante</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Remove the current participant</source>
        <translation>Remover o participante atual</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Import a roster from a CSV file</source>
        <translation>Importar uma lista de participantes de um ficheiro CSV</translation>
    </message>
    <message>
        <source>Balance warnings</source>
        <translation>Alertas de equilíbrio</translation>
    </message>
    <message>
        <source>Participation balance (this step)</source>
        <translation>Equilíbrio da participação (nesta etapa)</translation>
    </message>
    <message>
        <source>Add participant %1</source>
        <translation>Adicionar o participante %1</translation>
    </message>
    <message>
        <source>Remove participant %1</source>
        <translation>Remover o participante %1</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Importar lista de participantes</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Ficheiros CSV (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>pamoja::PlanEdits</name>
    <message>
        <source>A system change needs a title.</source>
        <translation>Uma mudança sistémica precisa de um título.</translation>
    </message>
    <message>
        <source>The vision this change was made from no longer exists.</source>
        <translation>A visão que deu origem a esta mudança já não existe.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonada</translation>
    </message>
    <message>
        <source>An action needs a description.</source>
        <translation>Uma ação precisa de uma descrição.</translation>
    </message>
    <message>
        <source>Unknown action status &quot;%1&quot;.</source>
        <translation>Estado de ação desconhecido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>That participant does not exist.</source>
        <translation>Esse participante não existe.</translation>
    </message>
    <message>
        <source>That system change does not exist.</source>
        <translation>Essa mudança sistémica não existe.</translation>
    </message>
    <message>
        <source>Earlier workshop</source>
        <translation>Oficina anterior</translation>
    </message>
    <message>
        <source>Unknown catalogue kind &quot;%1&quot;.</source>
        <translation>Tipo de catálogo desconhecido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A catalogue entry needs a name.</source>
        <translation>Uma entrada do catálogo precisa de um nome.</translation>
    </message>
    <message>
        <source>The code %1 is already in use.</source>
        <translation>O código %1 já está em uso.</translation>
    </message>
    <message>
        <source>Added by the facilitator</source>
        <translation>Adicionado pelo facilitador</translation>
    </message>
</context>
<context>
    <name>pamoja::PlanPanel</name>
    <message>
        <source>System changes and action plan</source>
        <translation>Mudanças sistémicas e plano de ação</translation>
    </message>
    <message>
        <source>Step 2: System changes</source>
        <translation>Etapa 2: Mudanças sistémicas</translation>
    </message>
    <message>
        <source>Step 3: Action plan</source>
        <translation>Etapa 3: Plano de ação</translation>
    </message>
    <message>
        <source>Link vision to system change</source>
        <translation>Associar uma visão a uma mudança sistémica</translation>
    </message>
    <message>
        <source>Unlink vision from system change</source>
        <translation>Dissociar uma visão de uma mudança sistémica</translation>
    </message>
    <message>
        <source>Link factor to system change</source>
        <translation>Associar um fator a uma mudança sistémica</translation>
    </message>
    <message>
        <source>Unlink factor from system change</source>
        <translation>Dissociar um fator de uma mudança sistémica</translation>
    </message>
    <message>
        <source>Link action to system change</source>
        <translation>Associar uma ação a uma mudança sistémica</translation>
    </message>
    <message>
        <source>Unlink action from system change</source>
        <translation>Dissociar uma ação de uma mudança sistémica</translation>
    </message>
    <message>
        <source>Vision to start a system change from</source>
        <translation>Visão a partir da qual criar uma mudança sistémica</translation>
    </message>
    <message>
        <source>Create &amp;from vision</source>
        <translation>Criar a &amp;partir da visão</translation>
    </message>
    <message>
        <source>Create a system change from the chosen vision</source>
        <translation>Criar uma mudança sistémica a partir da visão escolhida</translation>
    </message>
    <message>
        <source>Title of a new system change</source>
        <translation>Título de uma nova mudança sistémica</translation>
    </message>
    <message>
        <source>What must change in the system?</source>
        <translation>O que tem de mudar no sistema?</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Add a system change</source>
        <translation>Adicionar uma mudança sistémica</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Remove the current system change</source>
        <translation>Remover a mudança sistémica atual</translation>
    </message>
    <message>
        <source>System changes</source>
        <translation>Mudanças sistémicas</translation>
    </message>
    <message>
        <source>Visions this change serves</source>
        <translation>Visões que esta mudança serve</translation>
    </message>
    <message>
        <source>Factors this change counters</source>
        <translation>Fatores que esta mudança contraria</translation>
    </message>
    <message>
        <source>Serves &amp;visions:</source>
        <translation>Serve as &amp;visões:</translation>
    </message>
    <message>
        <source>Counters fac&amp;tors:</source>
        <translation>Contraria os &amp;fatores:</translation>
    </message>
    <message>
        <source>Description of a new action</source>
        <translation>Descrição de uma nova ação</translation>
    </message>
    <message>
        <source>What will we do?</source>
        <translation>O que vamos fazer?</translation>
    </message>
    <message>
        <source>System change the new action serves</source>
        <translation>Mudança sistémica que a nova ação serve</translation>
    </message>
    <message>
        <source>A&amp;dd action</source>
        <translation>A&amp;dicionar ação</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Adicionar uma ação</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Remove the current action</source>
        <translation>Remover a ação atual</translation>
    </message>
    <message>
        <source>&amp;Import open actions…</source>
        <translation>&amp;Importar ações em aberto…</translation>
    </message>
    <message>
        <source>Import open actions from an earlier workshop</source>
        <translation>Importar as ações em aberto de uma oficina anterior</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <source>System changes this action serves</source>
        <translation>Mudanças sistémicas que esta ação serve</translation>
    </message>
    <message>
        <source>Serves s&amp;ystem changes:</source>
        <translation>Serve as mudanças &amp;sistémicas:</translation>
    </message>
    <message>
        <source>(no system change yet)</source>
        <translation>(ainda sem mudança sistémica)</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Agrupamento: %1</translation>
    </message>
    <message>
        <source>Idea: %1</source>
        <translation>Ideia: %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n action(s) have both owners on the same side (North or South).</source>
        <translation>
            <numerusform>⚠ %n ação tem os dois responsáveis do mesmo lado (Norte ou Sul).</numerusform>
            <numerusform>⚠ %n ações têm os dois responsáveis do mesmo lado (Norte ou Sul).</numerusform>
        </translation>
    </message>
    <message>
        <source>System change from &quot;%1&quot;</source>
        <translation>Mudança sistémica a partir de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add system change &quot;%1&quot;</source>
        <translation>Adicionar a mudança sistémica &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove system change</source>
        <translation>Remover mudança sistémica</translation>
    </message>
    <message>
        <source>Add action &quot;%1&quot;</source>
        <translation>Adicionar a ação &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Remover ação</translation>
    </message>
    <message>
        <source>Pamoja workshops (*.pamoja)</source>
        <translation>Oficinas Pamoja (*.pamoja)</translation>
    </message>
    <message>
        <source>Choose an earlier workshop, not the one that is open.</source>
        <translation>Escolha uma oficina anterior, não a que está aberta.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n open action(s) from &quot;%1&quot;</source>
        <translation>
            <numerusform>Importar %n ação em aberto de &quot;%1&quot;</numerusform>
            <numerusform>Importar %n ações em aberto de &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>Open actions imported</source>
        <translation>Ações em aberto importadas</translation>
    </message>
    <message>
        <source>%1 open actions imported from &quot;%2&quot;; %3 were already here.</source>
        <translation>Ações em aberto importadas de &quot;%2&quot;: %1; já existiam: %3.</translation>
    </message>
</context>
<context>
    <name>pamoja::PresenterCanvas</name>
    <message>
        <source>Revealed ideas</source>
        <translation>Ideias reveladas</translation>
    </message>
    <message>
        <source>Not yet grouped</source>
        <translation>Ainda sem agrupamento</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>Revealed ideas appear here.</source>
        <translation>As ideias reveladas aparecem aqui.</translation>
    </message>
</context>
<context>
    <name>pamoja::PresenterWindow</name>
    <message>
        <source>Pamoja — Presenter view</source>
        <translation>Pamoja — Vista de apresentação</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Vista de apresentação</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Seguinte ▶</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página seguinte</translation>
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
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>The guiding question for this step. Edit it and press Enter to save.</source>
        <translation>A pergunta orientadora desta etapa. Edite-a e pressione Enter para guardar.</translation>
    </message>
</context>
<context>
    <name>pamoja::PromptHeader</name>
    <message>
        <source>Active prompt</source>
        <translation>Pergunta ativa</translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation>Nova pergunta</translation>
    </message>
    <message>
        <source>Add a prompt to this step</source>
        <translation>Adicionar uma pergunta a esta etapa</translation>
    </message>
    <message>
        <source>Edit the prompt</source>
        <translation>Editar a pergunta</translation>
    </message>
    <message>
        <source>Prompt %1</source>
        <translation>Pergunta %1</translation>
    </message>
    <message>
        <source>A further question for this step</source>
        <translation>Mais uma pergunta para esta etapa</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>Adicionar uma pergunta</translation>
    </message>
</context>
<context>
    <name>pamoja::QrCodeWidget</name>
    <message>
        <source>QR code to join</source>
        <translation>Código QR para entrar</translation>
    </message>
</context>
<context>
    <name>pamoja::QuickCaptureWindow</name>
    <message>
        <source>&amp;Undo last capture</source>
        <translation>&amp;Anular a última captura</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Captura rápida</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Quem fala</translation>
    </message>
    <message>
        <source>Who said it; anonymous stores no name</source>
        <translation>Quem o disse; anónimo não guarda nenhum nome</translation>
    </message>
    <message>
        <source>One idea, then Enter</source>
        <translation>Uma ideia e depois Enter</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Nova ideia</translation>
    </message>
    <message>
        <source>Enter saves the idea with the time; the cursor stays here for the next one.</source>
        <translation>Enter guarda a ideia com a hora; o cursor fica aqui para a seguinte.</translation>
    </message>
    <message>
        <source>Ideas captured in this window, newest first</source>
        <translation>Ideias capturadas nesta janela, as mais recentes primeiro</translation>
    </message>
    <message>
        <source>Undo the last capture</source>
        <translation>Anular a última captura</translation>
    </message>
    <message>
        <source>Removes the newest idea captured here (%1)</source>
        <translation>Remove a ideia mais recente capturada aqui (%1)</translation>
    </message>
    <message>
        <source>Capture status</source>
        <translation>Estado da captura</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>Pa&amp;sso:</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Pergunta:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Quem fala:</translation>
    </message>
    <message>
        <source>No workshop is open.</source>
        <translation>Nenhuma oficina está aberta.</translation>
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
        <translation>Esta oficina está aberta só para leitura: não é possível capturar nada.</translation>
    </message>
    <message>
        <source>Capture idea</source>
        <translation>Capturar uma ideia</translation>
    </message>
    <message numerus="yes">
        <source>Saved at %1. %n idea(s) captured in this window.</source>
        <translation>
            <numerusform>Guardado às %1. %n ideia capturada nesta janela.</numerusform>
            <numerusform>Guardado às %1. %n ideias capturadas nesta janela.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing captured here to undo.</source>
        <translation>Nada capturado aqui para anular.</translation>
    </message>
    <message>
        <source>Remove captured idea</source>
        <translation>Remover a ideia capturada</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Removida «%1».</translation>
    </message>
</context>
<context>
    <name>pamoja::Record</name>
    <message>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation>%1 não tem o campo &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Field &quot;%2&quot; of %1 has a wrong type or form.</source>
        <translation>O campo &quot;%2&quot; de %1 tem um tipo ou formato errado.</translation>
    </message>
    <message>
        <source>%1 has an unknown field &quot;%2&quot;.</source>
        <translation>%1 tem um campo desconhecido: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Field &quot;%2&quot; of %1 contains a control character (%3 at position %4); only tabs and line breaks are allowed in text.</source>
        <translation>O campo &quot;%2&quot; de %1 contém um carácter de controlo (%3 na posição %4); no texto só são permitidas tabulações e quebras de linha.</translation>
    </message>
</context>
<context>
    <name>pamoja::Report</name>
    <message>
        <source>Workshop report</source>
        <translation>Relatório da oficina</translation>
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
        <translation>Relatório gerado pelo Pamoja em %1</translation>
    </message>
    <message>
        <source>When it took place</source>
        <translation>Quando decorreu</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Como nos reunimos</translation>
    </message>
    <message>
        <source>Facilitated by</source>
        <translation>Facilitação</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Línguas de trabalho</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Quem participou</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Grupo de pertença</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>Pessoas presentes</translation>
    </message>
    <message>
        <source>Named with their consent</source>
        <translation>Pessoas identificadas pelo nome, com o seu consentimento</translation>
    </message>
    <message>
        <source>nobody asked to be named</source>
        <translation>ninguém pediu para ser identificado pelo nome</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Hybrid (in person and online)</source>
        <translation>Híbrido (presencial e online)</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>Assíncrono</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Perguntas orientadoras</translation>
    </message>
    <message>
        <source>Clusters of ideas</source>
        <translation>Agrupamentos de ideias</translation>
    </message>
    <message>
        <source>Ideas outside any cluster</source>
        <translation>Ideias fora de agrupamentos</translation>
    </message>
    <message>
        <source>No ideas were recorded in this step.</source>
        <translation>Não foi recolhida nenhuma ideia nesta etapa.</translation>
    </message>
    <message>
        <source>Original words</source>
        <translation>Texto original</translation>
    </message>
    <message>
        <source>Edited by the facilitator</source>
        <translation>Editado pelo facilitador</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tradução</translation>
    </message>
    <message>
        <source>Contributed by</source>
        <translation>Contribuição de</translation>
    </message>
    <message>
        <source>Anonymous contribution</source>
        <translation>Contribuição anónima</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Sem nome</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Factors of imbalance</source>
        <translation>Fatores de desequilíbrio</translation>
    </message>
    <message>
        <source>Merged duplicates, in their own words</source>
        <translation>Duplicados fundidos, nas suas próprias palavras</translation>
    </message>
    <message>
        <source>Ideas hidden by the facilitator and not shown: %1</source>
        <translation>Ideias ocultadas pelo facilitador e não apresentadas: %1</translation>
    </message>
    <message>
        <source>Ideas came from</source>
        <translation>Origem das ideias</translation>
    </message>
    <message>
        <source>Voting results</source>
        <translation>Resultados da votação</translation>
    </message>
    <message>
        <source>Voting round</source>
        <translation>Ronda de votação</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>ainda aberta</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>encerrada</translation>
    </message>
    <message>
        <source>Weighting of the votes</source>
        <translation>Ponderação dos votos</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Idea or cluster</source>
        <translation>Ideia ou agrupamento</translation>
    </message>
    <message>
        <source>Dots as cast</source>
        <translation>Pontos sem ponderação</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Pontuação ponderada</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Votantes</translation>
    </message>
    <message>
        <source>Constituencies disagree</source>
        <translation>Os grupos de pertença divergem</translation>
    </message>
    <message>
        <source>Items marked with ◆ were ranked very differently by the constituencies; they are kept here instead of being averaged away.</source>
        <translation>Os elementos marcados com ◆ foram classificados de forma muito diferente pelos grupos de pertença; ficam aqui registados em vez de se diluírem numa média.</translation>
    </message>
    <message>
        <source>Not broken down, to protect who voted what (fewer than %1 voters): %2</source>
        <translation>Sem desagregação, para proteger o sentido de voto de cada pessoa (menos de %1 votantes): %2</translation>
    </message>
    <message>
        <source>No votes were cast in this round.</source>
        <translation>Não houve votos nesta ronda.</translation>
    </message>
    <message>
        <source>All constituencies</source>
        <translation>Todos os grupos de pertença</translation>
    </message>
    <message>
        <source>System changes</source>
        <translation>Mudanças sistémicas</translation>
    </message>
    <message>
        <source>Who must change</source>
        <translation>Quem tem de mudar</translation>
    </message>
    <message>
        <source>Policy element</source>
        <translation>Elemento da política</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Situação atual</translation>
    </message>
    <message>
        <source>Proposed change</source>
        <translation>Mudança proposta</translation>
    </message>
    <message>
        <source>Made possible by the vision</source>
        <translation>Tornada possível pela visão</translation>
    </message>
    <message>
        <source>Brought about by the actions</source>
        <translation>Concretizada pelas ações</translation>
    </message>
    <message>
        <source>No system changes were recorded.</source>
        <translation>Não foi recolhida nenhuma mudança sistémica.</translation>
    </message>
    <message>
        <source>From vision to system change to action</source>
        <translation>Da visão à mudança sistémica e à ação</translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation>Declaração de visão</translation>
    </message>
    <message>
        <source>System change</source>
        <translation>Mudança sistémica</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <source>Planned action</source>
        <translation>Ação prevista</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Co-owner</source>
        <translation>Corresponsável</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Estado atual</translation>
    </message>
    <message>
        <source>Carried over from</source>
        <translation>Proveniente de</translation>
    </message>
    <message>
        <source>No actions were recorded.</source>
        <translation>Não foi definida nenhuma ação.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Não iniciada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonada</translation>
    </message>
    <message>
        <source>Participation balance</source>
        <translation>Equilíbrio da participação</translation>
    </message>
    <message>
        <source>Share of people present</source>
        <translation>Proporção das pessoas presentes</translation>
    </message>
    <message>
        <source>Share of ideas</source>
        <translation>Proporção das ideias</translation>
    </message>
    <message>
        <source>Share of votes</source>
        <translation>Proporção dos votos</translation>
    </message>
    <message>
        <source>under-represented</source>
        <translation>sub-representado</translation>
    </message>
    <message>
        <source>Anonymous ideas without a constituency: %1</source>
        <translation>Ideias anónimas sem grupo de pertença: %1</translation>
    </message>
    <message>
        <source>Each constituency&apos;s share of ideas and votes, against its share of the people present.</source>
        <translation>A proporção de ideias e votos de cada grupo de pertença, comparada com a sua proporção das pessoas presentes.</translation>
    </message>
    <message>
        <source>Factor coverage</source>
        <translation>Cobertura dos fatores</translation>
    </message>
    <message>
        <source>Factor of imbalance</source>
        <translation>Fator de desequilíbrio</translation>
    </message>
    <message>
        <source>How many ideas, clusters and system changes of each step were tagged with each factor.</source>
        <translation>Quantas ideias, agrupamentos e mudanças sistémicas de cada etapa foram etiquetados com cada fator.</translation>
    </message>
    <message>
        <source>Whole workshop</source>
        <translation>Toda a oficina</translation>
    </message>
    <message>
        <source>Appendix: facilitator interventions</source>
        <translation>Anexo: intervenções do facilitador</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Quando aconteceu</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Por quem</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>O que mudou</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideias</translation>
    </message>
    <message>
        <source>Dots given</source>
        <translation>Pontos atribuídos</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Ações acordadas</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
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
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Quadro</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <extracomment>An idea&apos;s language that Pamoja detected from its text (nobody gave it); %1 is the language&apos;s name.</extracomment>
        <translation>%1 (detetado)</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>Tradução automática</translation>
    </message>
</context>
<context>
    <name>pamoja::ResultsModel</name>
    <message>
        <source>%1 gave it %2% of their dots</source>
        <translation>%1: %2% dos seus pontos</translation>
    </message>
    <message>
        <source>Constituencies rank this item very differently: %1. The gap is kept visible instead of being averaged away.</source>
        <translation>Os grupos de pertença classificam este elemento de forma muito diferente: %1. A diferença fica visível em vez de se diluir numa média.</translation>
    </message>
    <message>
        <source>⚠ Diverges</source>
        <translation>⚠ Divergente</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Dots as cast</source>
        <translation>Pontos sem ponderação</translation>
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
        <translation>Divergência</translation>
    </message>
</context>
<context>
    <name>pamoja::RosterCsv</name>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organização</translation>
    </message>
    <message>
        <source>constituency</source>
        <translation>grupo de pertença</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>language</source>
        <translation>língua</translation>
    </message>
    <message>
        <source>role</source>
        <translation>papel</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentimento</translation>
    </message>
    <message>
        <source>presence</source>
        <translation>presença</translation>
    </message>
    <message>
        <source>The file is larger than 1 MB; a roster is much smaller. Is this the right file?</source>
        <translation>O ficheiro tem mais de 1 MB; uma lista de participantes é muito mais pequena. É o ficheiro certo?</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>O ficheiro está vazio.</translation>
    </message>
    <message>
        <source>The file contains binary data; save the roster as CSV (UTF-8).</source>
        <translation>O ficheiro contém dados binários; guarde a lista de participantes como CSV (UTF-8).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save the roster as &quot;CSV UTF-8&quot;.</source>
        <translation>O ficheiro não é texto UTF-8; guarde a lista de participantes como &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice in the header.</source>
        <translation>A coluna &quot;%1&quot; aparece duas vezes no cabeçalho.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not known and is ignored.</source>
        <translation>A coluna &quot;%1&quot; não é reconhecida e será ignorada.</translation>
    </message>
    <message>
        <source>The first line must name the columns, with at least a &quot;name&quot; column.</source>
        <translation>A primeira linha tem de indicar os nomes das colunas, com pelo menos uma coluna &quot;nome&quot;.</translation>
    </message>
    <message>
        <source>The file has a header but no participants.</source>
        <translation>O ficheiro tem cabeçalho mas não tem participantes.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) more than the header has.</source>
        <translation>
            <numerusform>%n campo a mais do que o cabeçalho.</numerusform>
            <numerusform>%n campos a mais do que o cabeçalho.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>O campo %1 tem mais de %2 caracteres.</translation>
    </message>
    <message>
        <source>The %1 contains control characters.</source>
        <translation>O campo %1 contém caracteres não imprimíveis.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Falta o nome.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on the roster.</source>
        <translation>&quot;%1&quot; já está na lista de participantes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in the file.</source>
        <translation>&quot;%1&quot; aparece duas vezes no ficheiro.</translation>
    </message>
    <message>
        <source>Unknown constituency &quot;%1&quot;; use south, north, donor or other.</source>
        <translation>Grupo de pertença desconhecido: &quot;%1&quot;; use sul, norte, doador ou outro.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use facilitator, participant or observer.</source>
        <translation>Papel desconhecido: &quot;%1&quot;; use facilitador, participante ou observador.</translation>
    </message>
    <message>
        <source>Consent must be yes or no, not &quot;%1&quot;.</source>
        <translation>O consentimento tem de ser sim ou não, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Present must be yes or no, not &quot;%1&quot;.</source>
        <translation>A presença tem de ser sim ou não, não &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The roster has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>A lista de participantes tem %n problema; nada foi importado.</numerusform>
            <numerusform>A lista de participantes tem %n problemas; nada foi importado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
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
        <translation>Esse participante não existe.</translation>
    </message>
    <message>
        <source>A participant needs a name or an alias.</source>
        <translation>Um participante precisa de um nome ou de um pseudónimo.</translation>
    </message>
    <message>
        <source>A name can be at most 200 characters long.</source>
        <translation>Um nome pode ter no máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>There is already a participant called &quot;%1&quot;.</source>
        <translation>Já existe um participante chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown constituency &quot;%1&quot;.</source>
        <translation>Grupo de pertença desconhecido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Papel desconhecido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 has contributed ideas, votes or actions; mark them as not present instead.</source>
        <translation>%1 já contribuiu com ideias, votos ou ações; em vez de remover esta pessoa, marque-a como ausente.</translation>
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
        <translation>Importar uma lista de participantes</translation>
    </message>
    <message>
        <source>Preview of the roster</source>
        <translation>Pré-visualização da lista de participantes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the participants</source>
        <translation>Importar os participantes</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Não foi possível ler o ficheiro: %1</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Não é possível importar este ficheiro: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) read; %1 problem(s) must be fixed in the file first. Nothing will be imported.</source>
        <translation>
            <numerusform>%n participante lido; há problemas a corrigir primeiro no ficheiro (%1). Nada será importado.</numerusform>
            <numerusform>%n participantes lidos; há problemas a corrigir primeiro no ficheiro (%1). Nada será importado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) ready to import.</source>
        <translation>
            <numerusform>%n participante pronto para importação.</numerusform>
            <numerusform>%n participantes prontos para importação.</numerusform>
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
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Grupo de pertença</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>Pode ser identificado</translation>
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
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Língua da interface</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Língua da interface:</translation>
    </message>
    <message>
        <source>A new language applies the next time Pamoja starts.</source>
        <translation>A nova língua aplica-se da próxima vez que o Pamoja for iniciado.</translation>
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
        <translation>2 Mudança sistémica</translation>
    </message>
    <message>
        <source>3 Action</source>
        <translation>3 Ação</translation>
    </message>
    <message>
        <source>Imagine a balanced power relationship between Northern and Southern CSOs. What does it look like, and how could it come about?</source>
        <translation>Imagine uma relação de poder equilibrada entre OSC do Norte e do Sul. Como é essa relação, e como poderia surgir?</translation>
    </message>
    <message>
        <source>What has to change in the system (donor frameworks, selection processes, funding modalities, accountability and risk rules, ...) for that picture to become real?</source>
        <translation>O que tem de mudar no sistema (quadros de financiamento dos doadores, processos de seleção, modalidades de financiamento, regras de prestação de contas e de risco, ...) para que esse cenário se torne realidade?</translation>
    </message>
    <message>
        <source>What will we do to bring that change about?</source>
        <translation>O que vamos fazer para que essa mudança aconteça?</translation>
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
        <translation>A procurar grupos em todas as línguas…</translation>
    </message>
    <message>
        <source>Computing suggestions</source>
        <translation>A calcular sugestões</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the suggestions</source>
        <translation>Cancelar as sugestões</translation>
    </message>
    <message>
        <source>Proposed groups</source>
        <translation>Grupos propostos</translation>
    </message>
    <message>
        <source>Group and ideas</source>
        <translation>Grupo e ideias</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Porquê</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceitar</translation>
    </message>
    <message>
        <source>Accept the selected group</source>
        <translation>Aceitar o grupo selecionado</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeitar</translation>
    </message>
    <message>
        <source>Reject the selected group</source>
        <translation>Rejeitar o grupo selecionado</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>Aceitar t&amp;odos</translation>
    </message>
    <message>
        <source>Accept all groups</source>
        <translation>Aceitar todos os grupos</translation>
    </message>
    <message>
        <source>Near-duplicates</source>
        <translation>Quase duplicados</translation>
    </message>
    <message>
        <source>Near-duplicate ideas</source>
        <translation>Ideias quase duplicadas</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Ideia</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fundir</translation>
    </message>
    <message>
        <source>Merge the selected duplicate into its idea</source>
        <translation>Fundir o duplicado selecionado na sua ideia</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) proposed. Ideas that fit no group stay out of every group: %1.</source>
        <translation>
            <numerusform>%n grupo proposto. As ideias que não cabem em nenhum grupo ficam fora de todos: %1.</numerusform>
            <numerusform>%n grupos propostos. As ideias que não cabem em nenhum grupo ficam fora de todos: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Accept suggested group &quot;%1&quot;</source>
        <translation>Aceitar o grupo sugerido &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested group(s)</source>
        <translation>
            <numerusform>Aceitar %n grupo sugerido</numerusform>
            <numerusform>Aceitar %n grupos sugeridos</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge duplicate idea</source>
        <translation>Fundir ideia duplicada</translation>
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
        <translation>Ideia</translation>
    </message>
    <message>
        <source>Suggested tag</source>
        <translation>Etiqueta sugerida</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Acce&amp;pt</source>
        <translation>Acei&amp;tar</translation>
    </message>
    <message>
        <source>Tag the idea with the suggested theme or factor</source>
        <translation>Etiquetar a ideia com o tema ou fator sugerido</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeitar</translation>
    </message>
    <message>
        <source>Do not suggest this tag for this idea again</source>
        <translation>Não voltar a sugerir esta etiqueta para esta ideia</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>Aceitar t&amp;odas</translation>
    </message>
    <message>
        <source>Accept every suggestion shown, in one step</source>
        <translation>Aceitar todas as sugestões mostradas, de uma só vez</translation>
    </message>
    <message numerus="yes">
        <source>Finding suggestions for %n idea(s)…</source>
        <translation>
            <numerusform>A procurar sugestões para %n ideia…</numerusform>
            <numerusform>A procurar sugestões para %n ideias…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select ideas to see suggested themes and factors.</source>
        <translation>Selecione ideias para ver os temas e fatores sugeridos.</translation>
    </message>
    <message>
        <source>No suggestions for the selected ideas.</source>
        <translation>Sem sugestões para as ideias selecionadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s).</source>
        <translation>
            <numerusform>%n sugestão.</numerusform>
            <numerusform>%n sugestões.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept suggested tag %1</source>
        <translation>Aceitar a etiqueta sugerida %1</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested tag(s)</source>
        <translation>
            <numerusform>Aceitar %n etiqueta sugerida</numerusform>
            <numerusform>Aceitar %n etiquetas sugeridas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::SystemChangeModel</name>
    <message>
        <source>Edit system change</source>
        <translation>Editar mudança sistémica</translation>
    </message>
    <message>
        <source>System change</source>
        <translation>Mudança sistémica</translation>
    </message>
    <message>
        <source>Target actor</source>
        <translation>Ator visado</translation>
    </message>
    <message>
        <source>Policy element</source>
        <translation>Elemento da política</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Situação atual</translation>
    </message>
    <message>
        <source>Proposed change</source>
        <translation>Mudança proposta</translation>
    </message>
    <message>
        <source>Serves visions</source>
        <translation>Serve as visões</translation>
    </message>
    <message>
        <source>Counters factors</source>
        <translation>Contraria os fatores</translation>
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
        <translation>Fator</translation>
    </message>
    <message>
        <source>Tag with %1</source>
        <translation>Etiquetar com %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Remover a etiqueta %1</translation>
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
        <translation>Quantidade</translation>
    </message>
</context>
<context>
    <name>pamoja::TagsPanel</name>
    <message>
        <source>Themes and factors</source>
        <translation>Temas e fatores</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>Apply the tag to the selected ideas or clusters</source>
        <translation>Aplicar a etiqueta às ideias ou agrupamentos selecionados</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Remove the tag from the selected ideas or clusters</source>
        <translation>Remover a etiqueta das ideias ou agrupamentos selecionados</translation>
    </message>
    <message>
        <source>&amp;Filter board</source>
        <translation>&amp;Filtrar o quadro</translation>
    </message>
    <message>
        <source>Show only ideas carrying this tag</source>
        <translation>Mostrar apenas as ideias com esta etiqueta</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Mostrar &amp;tudo</translation>
    </message>
    <message>
        <source>Clear the tag filter</source>
        <translation>Limpar o filtro de etiquetas</translation>
    </message>
    <message>
        <source>&amp;Catalogue…</source>
        <translation>&amp;Catálogo…</translation>
    </message>
    <message>
        <source>Edit themes, factors and measures</source>
        <translation>Editar temas, fatores e medidas</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) selected.</source>
        <translation>
            <numerusform>%n elemento selecionado.</numerusform>
            <numerusform>%n elementos selecionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select ideas or clusters on the board to tag them.</source>
        <translation>Selecione ideias ou agrupamentos no quadro para os etiquetar.</translation>
    </message>
    <message>
        <source>The board shows only &quot;%1&quot;.</source>
        <translation>O quadro mostra apenas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Tag with %1</source>
        <translation>Etiquetar com %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Remover a etiqueta %1</translation>
    </message>
</context>
<context>
    <name>pamoja::TextDecode</name>
    <message>
        <source>Line %1, column %2: the file contains a control character (U+%3); is it a text file?</source>
        <translation>Linha %1, coluna %2: o ficheiro contém um carácter de controlo (U+%3); é um ficheiro de texto?</translation>
    </message>
    <message>
        <source>The file looks like UTF-16 but ends in the middle of a character; it may be truncated.</source>
        <translation>O ficheiro parece ser UTF-16, mas termina a meio de um carácter; pode estar truncado.</translation>
    </message>
    <message>
        <source>Line %1: the file is not valid %2 text.</source>
        <translation>Linha %1: o ficheiro não é texto %2 válido.</translation>
    </message>
    <message>
        <source>Line %1: the file says it is UTF-8 but is not valid UTF-8 there.</source>
        <translation>Linha %1: o ficheiro indica que é UTF-8, mas nesse ponto não é UTF-8 válido.</translation>
    </message>
    <message>
        <source>Line %1: the file contains binary data; save it as text (UTF-8) or CSV.</source>
        <translation>Linha %1: o ficheiro contém dados binários; guarde-o como texto (UTF-8) ou CSV.</translation>
    </message>
    <message>
        <source>Line %1: the file is UTF-8 but is damaged there (an invalid byte sequence).</source>
        <translation>Linha %1: o ficheiro é UTF-8, mas está danificado nesse ponto (uma sequência de bytes inválida).</translation>
    </message>
    <message>
        <source>Line %1: the file is neither UTF-8 nor Windows-1252 text; save it as UTF-8.</source>
        <translation>Linha %1: o ficheiro não é texto UTF-8 nem Windows-1252; guarde-o como UTF-8.</translation>
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
        <translation>Duração do temporizador</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Iniciar ou pausar o temporizador</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Reiniciar o temporizador</translation>
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
        <translation>Pausar o temporizador</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Iniciar o temporizador</translation>
    </message>
</context>
<context>
    <name>pamoja::TranslateDialog</name>
    <message>
        <source>Translate Ideas</source>
        <translation>Traduzir ideias</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>Traduzir para</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Which ideas</source>
        <translation>Que ideias</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Todas as etapas</translation>
    </message>
    <message>
        <source>What will be translated</source>
        <translation>O que será traduzido</translation>
    </message>
    <message>
        <source>Translation progress</source>
        <translation>Progresso da tradução</translation>
    </message>
    <message>
        <source>Apertium translates on this computer, without a network. The translation is shown beside each idea, marked as machine translation; the idea&apos;s own words never change. Correct a translation with Edit &gt; Edit Translation.</source>
        <translation>O Apertium traduz neste computador, sem rede. A tradução é mostrada ao lado de cada ideia, marcada como tradução automática; as palavras da própria ideia nunca mudam. Corrija uma tradução com Editar &gt; Editar tradução.</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>&amp;Traduzir</translation>
    </message>
    <message>
        <source>Translate &amp;into:</source>
        <translation>Traduzir &amp;para:</translation>
    </message>
    <message>
        <source>&amp;Ideas of:</source>
        <translation>&amp;Ideias de:</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) to translate into %1.</source>
        <translation>
            <numerusform>%n ideia para traduzir para %1.</numerusform>
            <numerusform>%n ideias para traduzir para %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) whose language is unknown are not translated (Edit &gt; Detect Languages may find it).</source>
        <translation>
            <numerusform>%n ideia de língua desconhecida não é traduzida (Editar &gt; Detetar idiomas pode encontrar a língua).</numerusform>
            <numerusform>%n ideias de língua desconhecida não são traduzidas (Editar &gt; Detetar idiomas pode encontrar a língua).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) already in %1.</source>
        <translation>
            <numerusform>%n ideia já em %1.</numerusform>
            <numerusform>%n ideias já em %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n translation(s) made or corrected by a person are kept.</source>
        <translation>
            <numerusform>%n tradução feita ou corrigida por uma pessoa é mantida.</numerusform>
            <numerusform>%n traduções feitas ou corrigidas por uma pessoa são mantidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workshop has no languages to translate into (Session &gt; Workshop Settings).</source>
        <translation>A oficina não tem línguas para as quais traduzir (Sessão &gt; Configurações da oficina).</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Translating %n idea(s)…</source>
        <translation>
            <numerusform>A traduzir %n ideia…</numerusform>
            <numerusform>A traduzir %n ideias…</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Cancelled: no translation was stored.</source>
        <translation>Cancelado: nenhuma tradução foi guardada.</translation>
    </message>
    <message>
        <source>No translation was stored.</source>
        <translation>Nenhuma tradução foi guardada.</translation>
    </message>
    <message numerus="yes">
        <source>Translate %n idea(s) into %1</source>
        <translation>
            <numerusform>Traduzir %n ideia para %1</numerusform>
            <numerusform>Traduzir %n ideias para %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Translated %n idea(s) into %1 (machine translation). View &gt; Show Translations shows them.</source>
        <translation>
            <numerusform>%n ideia traduzida para %1 (tradução automática). Ver &gt; Mostrar traduções mostra-a.</numerusform>
            <numerusform>%n ideias traduzidas para %1 (tradução automática). Ver &gt; Mostrar traduções mostra-as.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pamoja::Translation</name>
    <message>
        <source>Apertium is not installed, so ideas cannot be translated. Install the package &quot;apertium&quot; and its language pairs (for example apertium-eng-spa, apertium-fr-es, apertium-es-pt).</source>
        <translation>O Apertium não está instalado, por isso as ideias não podem ser traduzidas. Instale o pacote &quot;apertium&quot; e os seus pares de línguas (por exemplo apertium-eng-spa, apertium-fr-es, apertium-es-pt).</translation>
    </message>
    <message>
        <source>No translation from %1 to %2 is installed: Apertium has no %1-%2 language pair, nor pairs through Spanish. The ideas in %1 keep no translation.</source>
        <translation>Não está instalada nenhuma tradução de %1 para %2: o Apertium não tem o par de línguas %1-%2, nem pares através do espanhol. As ideias em %1 ficam sem tradução.</translation>
    </message>
    <message>
        <source>Apertium could not be started (%1).</source>
        <translation>Não foi possível iniciar o Apertium (%1).</translation>
    </message>
    <message>
        <source>Apertium failed translating with %1 (exit code %2): %3</source>
        <translation>O Apertium falhou ao traduzir com %1 (código de saída %2): %3</translation>
    </message>
    <message>
        <source>Apertium&apos;s output with %1 did not keep the ideas apart; nothing of that part was stored.</source>
        <translation>A saída do Apertium com %1 não manteve as ideias separadas; nada dessa parte foi guardado.</translation>
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
        <translation>Tradução automática (%1): %2</translation>
    </message>
    <message>
        <source>Translation, by a person (%1): %2</source>
        <translation>Tradução, por uma pessoa (%1): %2</translation>
    </message>
</context>
<context>
    <name>pamoja::TranslationEditDialog</name>
    <message>
        <source>Edit Translation</source>
        <translation>Editar tradução</translation>
    </message>
    <message>
        <source>The idea&apos;s words</source>
        <translation>As palavras da ideia</translation>
    </message>
    <message>
        <source>Now: machine translation. Saving marks it as corrected by a person.</source>
        <translation>Agora: tradução automática. Guardar marca-a como corrigida por uma pessoa.</translation>
    </message>
    <message>
        <source>Now: a person&apos;s translation.</source>
        <translation>Agora: tradução de uma pessoa.</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tradução</translation>
    </message>
    <message>
        <source>Language of the translation</source>
        <translation>Língua da tradução</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Idea:</source>
        <translation>Ideia:</translation>
    </message>
    <message>
        <source>&amp;Translation:</source>
        <translation>&amp;Tradução:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Língua:</translation>
    </message>
    <message>
        <source>Remove translation</source>
        <translation>Remover tradução</translation>
    </message>
    <message>
        <source>Correct translation</source>
        <translation>Corrigir tradução</translation>
    </message>
</context>
<context>
    <name>pamoja::Validation</name>
    <message>
        <source>Field &quot;%2&quot; of %1 cannot be &quot;%3&quot;; use one of: %4.</source>
        <translation>O campo &quot;%2&quot; de %1 não pode ser &quot;%3&quot;; use um destes valores: %4.</translation>
    </message>
    <message>
        <source>Field &quot;%2&quot; of %1 must be between %3 and %4.</source>
        <translation>O campo &quot;%2&quot; de %1 tem de estar entre %3 e %4.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; is merged into itself.</source>
        <translation>A ideia &quot;%1&quot; está fundida consigo própria.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; is merged into an idea that does not exist.</source>
        <translation>A ideia &quot;%1&quot; está fundida com uma ideia que não existe.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; is merged into an idea of another step.</source>
        <translation>A ideia &quot;%1&quot; está fundida com uma ideia de outra etapa.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; is merged into &quot;%2&quot;, which is itself merged into another idea (a chain or a cycle of merges).</source>
        <translation>A ideia &quot;%1&quot; está fundida com &quot;%2&quot;, que por sua vez está fundida com outra ideia (uma cadeia ou um ciclo de fusões).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; refers to %3, which is not in the workshop%4.</source>
        <translation>%1: &quot;%2&quot; refere-se a %3, que não está na oficina%4.</translation>
    </message>
    <message>
        <source> as a %1</source>
        <translation> como %1</translation>
    </message>
    <message>
        <source>The file holds %1 workshops instead of one.</source>
        <translation>O ficheiro contém %1 oficinas em vez de uma.</translation>
    </message>
    <message>
        <source>vote %1: %2 dots on one item in the round &quot;%3&quot;, which allows at most %4.</source>
        <translation>voto %1: %2 pontos num só elemento na ronda &quot;%3&quot;, que permite no máximo %4.</translation>
    </message>
    <message>
        <source>%1 gave %2 dots in the round &quot;%3&quot;, which allows %4 per participant.</source>
        <translation>%1 deu %2 pontos na ronda &quot;%3&quot;, que permite %4 por participante.</translation>
    </message>
</context>
<context>
    <name>pamoja::Voting</name>
    <message>
        <source>One person, one vote</source>
        <translation>Uma pessoa, um voto</translation>
    </message>
    <message>
        <source>One organisation, one vote</source>
        <translation>Uma organização, um voto</translation>
    </message>
    <message>
        <source>Equal weight per constituency</source>
        <translation>Peso igual por grupo de pertença</translation>
    </message>
</context>
<context>
    <name>pamoja::VotingPanel</name>
    <message>
        <source>Title of the new round</source>
        <translation>Título da nova ronda</translation>
    </message>
    <message>
        <source>e.g. Most important visions</source>
        <translation>p. ex. Visões mais importantes</translation>
    </message>
    <message>
        <source>Dots per participant</source>
        <translation>Pontos por participante</translation>
    </message>
    <message>
        <source>Most dots one person can give one item</source>
        <translation>Máximo de pontos que uma pessoa pode dar a um elemento</translation>
    </message>
    <message>
        <source>What participants vote on</source>
        <translation>Em que votam os participantes</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideias</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Agrupamentos</translation>
    </message>
    <message>
        <source>&amp;Open round</source>
        <translation>&amp;Abrir ronda</translation>
    </message>
    <message>
        <source>Open a new voting round</source>
        <translation>Abrir uma nova ronda de votação</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nova ronda</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Dots per person:</source>
        <translation>&amp;Pontos por pessoa:</translation>
    </message>
    <message>
        <source>&amp;Max per item:</source>
        <translation>Má&amp;ximo por elemento:</translation>
    </message>
    <message>
        <source>&amp;Vote on:</source>
        <translation>&amp;Votar em:</translation>
    </message>
    <message>
        <source>Voting round</source>
        <translation>Ronda de votação</translation>
    </message>
    <message>
        <source>&amp;Close round</source>
        <translation>&amp;Encerrar ronda</translation>
    </message>
    <message>
        <source>Close or reopen the round</source>
        <translation>Encerrar ou reabrir a ronda</translation>
    </message>
    <message>
        <source>Reset &amp;votes…</source>
        <translation>A&amp;nular votos…</translation>
    </message>
    <message>
        <source>Remove every vote of the round</source>
        <translation>Remover todos os votos da ronda</translation>
    </message>
    <message>
        <source>Participant whose dots are recorded</source>
        <translation>Participante a quem pertencem os pontos introduzidos</translation>
    </message>
    <message>
        <source>Items to vote on; click to add a dot</source>
        <translation>Elementos em votação; clique para adicionar um ponto</translation>
    </message>
    <message>
        <source>&amp;+ Dot</source>
        <translation>&amp;+ Ponto</translation>
    </message>
    <message>
        <source>Add a dot to the current item</source>
        <translation>Adicionar um ponto ao elemento atual</translation>
    </message>
    <message>
        <source>&amp;− Dot</source>
        <translation>&amp;− Ponto</translation>
    </message>
    <message>
        <source>Remove a dot from the current item</source>
        <translation>Retirar um ponto do elemento atual</translation>
    </message>
    <message>
        <source>Dots left</source>
        <translation>Pontos restantes</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>Parti&amp;cipante:</translation>
    </message>
    <message>
        <source>Weighting of the results</source>
        <translation>Ponderação dos resultados</translation>
    </message>
    <message>
        <source>Results of the round</source>
        <translation>Resultados da ronda</translation>
    </message>
    <message>
        <source>How to read the results</source>
        <translation>Como ler os resultados</translation>
    </message>
    <message>
        <source>&amp;Weighting:</source>
        <translation>P&amp;onderação:</translation>
    </message>
    <message>
        <source>Weighting: %1</source>
        <translation>Ponderação: %1</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (encerrada)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Re&amp;open round</source>
        <translation>&amp;Reabrir ronda</translation>
    </message>
    <message>
        <source>%1 of %2 dots left for %3.</source>
        <translation>%3 ainda tem %1 de %2 pontos.</translation>
    </message>
    <message>
        <source>Add participants to record their dots.</source>
        <translation>Adicione participantes para poder introduzir os seus pontos.</translation>
    </message>
    <message>
        <source>Open a round to start voting.</source>
        <translation>Abra uma ronda para começar a votação.</translation>
    </message>
    <message>
        <source>Raw: dots as cast. Weighted: %1, scaled so the totals stay comparable.</source>
        <translation>Bruto: pontos tal como foram dados. Ponderado: %1, ajustado à escala para que os totais continuem comparáveis.</translation>
    </message>
    <message>
        <source>Constituencies with fewer than %1 voters are not shown separately, to protect who voted what.</source>
        <translation>Os grupos de pertença com menos de %1 votantes não são mostrados em separado, para proteger o sentido de voto de cada pessoa.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n item(s) diverge: constituencies gave them shares of their dots that differ by %1 points or more. Hover for details.</source>
        <translation>
            <numerusform>⚠ %n elemento diverge: os grupos de pertença deram-lhe proporções dos seus pontos que diferem %1 pontos percentuais ou mais. Passe o cursor por cima para ver os detalhes.</numerusform>
            <numerusform>⚠ %n elementos divergem: os grupos de pertença deram-lhes proporções dos seus pontos que diferem %1 pontos percentuais ou mais. Passe o cursor por cima para ver os detalhes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Ronda %1</translation>
    </message>
    <message>
        <source>Open voting round &quot;%1&quot;</source>
        <translation>Abrir a ronda de votação &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reopen voting round &quot;%1&quot;</source>
        <translation>Reabrir a ronda de votação &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Close voting round &quot;%1&quot;</source>
        <translation>Encerrar a ronda de votação &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reset votes</source>
        <translation>Anular votos</translation>
    </message>
    <message>
        <source>Remove every vote of &quot;%1&quot;? The reset is logged and can be undone.</source>
        <translation>Remover todos os votos de &quot;%1&quot;? A anulação fica no histórico e pode ser desfeita.</translation>
    </message>
    <message>
        <source>Reset votes of &quot;%1&quot;</source>
        <translation>Anular os votos de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Dot from %1</source>
        <translation>Ponto de %1</translation>
    </message>
    <message>
        <source>Dot removed for %1</source>
        <translation>Ponto retirado a %1</translation>
    </message>
</context>
<context>
    <name>pamoja::WorkshopData</name>
    <message>
        <source>A change names no %1.</source>
        <translation>Uma alteração não indica nenhum elemento do tipo %1.</translation>
    </message>
    <message>
        <source>That %1 already exists.</source>
        <translation>Esse elemento (%1) já existe.</translation>
    </message>
    <message>
        <source>That %1 no longer exists.</source>
        <translation>Esse elemento (%1) já não existe.</translation>
    </message>
    <message>
        <source>That %1 was changed in the meantime.</source>
        <translation>Esse elemento (%1) foi alterado entretanto.</translation>
    </message>
    <message>
        <source>The new %1 reuses the id of an existing %2.</source>
        <translation>O novo elemento (%1) reutiliza o id de um elemento existente (%2).</translation>
    </message>
</context>
<context>
    <name>pamoja::WorkshopLocation</name>
    <message>
        <source>The %1 has a broken percent escape (a %% must be followed by two hexadecimal digits).</source>
        <translation>%1 tem uma codificação por percentagem inválida (um %% tem de ser seguido de dois dígitos hexadecimais).</translation>
    </message>
    <message>
        <source>The %1 is not valid UTF-8 once decoded.</source>
        <translation>%1 não é UTF-8 válido após a descodificação.</translation>
    </message>
    <message>
        <source>The %1 contains a control character.</source>
        <translation>%1 contém um carácter de controlo.</translation>
    </message>
    <message>
        <source>A postgresql:// location cannot have a # part.</source>
        <translation>Uma localização postgresql:// não pode ter uma parte #.</translation>
    </message>
    <message>
        <source>A postgresql:// location needs a database name after the host, as in postgresql://host/dbname.</source>
        <translation>Uma localização postgresql:// precisa de um nome de base de dados depois do servidor, como em postgresql://host/dbname.</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>O nome da base de dados</translation>
    </message>
    <message>
        <source>The database name cannot contain a slash.</source>
        <translation>O nome da base de dados não pode conter uma barra (/).</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>O nome de utilizador</translation>
    </message>
    <message>
        <source>password</source>
        <translation>A palavra-passe</translation>
    </message>
    <message>
        <source>The user name before @ is empty.</source>
        <translation>O nome de utilizador antes de @ está vazio.</translation>
    </message>
    <message>
        <source>Pamoja connects to one database server: give one host, not a list.</source>
        <translation>O Pamoja liga-se a um único servidor de bases de dados: indique apenas um, não uma lista.</translation>
    </message>
    <message>
        <source>The IPv6 address is missing its closing ].</source>
        <translation>Falta o ] final no endereço IPv6.</translation>
    </message>
    <message>
        <source>Only a :port may follow the IPv6 address.</source>
        <translation>Depois do endereço IPv6 só pode vir um :port.</translation>
    </message>
    <message>
        <source>The IPv6 address is not valid.</source>
        <translation>O endereço IPv6 não é válido.</translation>
    </message>
    <message>
        <source>The port after : is empty.</source>
        <translation>A porta depois de : está vazia.</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>O nome do servidor</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; is not valid.</source>
        <translation>O nome de servidor &quot;%1&quot; não é válido.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>A porta tem de ser um número de 1 a 65535.</translation>
    </message>
    <message>
        <source>Each parameter after ? must be name=value.</source>
        <translation>Cada parâmetro depois de ? tem de ter a forma name=value.</translation>
    </message>
    <message>
        <source>parameter name</source>
        <translation>O nome do parâmetro</translation>
    </message>
    <message>
        <source>value of %1</source>
        <translation>O valor de %1</translation>
    </message>
    <message>
        <source>The parameter %1 is given twice.</source>
        <translation>O parâmetro %1 aparece duas vezes.</translation>
    </message>
    <message>
        <source>The workshop parameter must be a workshop&apos;s id, as `pamoja repo list` shows it.</source>
        <translation>O parâmetro workshop tem de ser o identificador de uma oficina, tal como `pamoja repo list` o mostra.</translation>
    </message>
    <message>
        <source>The value of %1 is not valid (file names here cannot contain spaces or quotes).</source>
        <translation>O valor de %1 não é válido (aqui os nomes de ficheiro não podem conter espaços nem aspas).</translation>
    </message>
    <message>
        <source>No workshop given: name a file or a postgresql:// location.</source>
        <translation>Não foi indicada nenhuma oficina: indique um ficheiro ou uma localização postgresql://.</translation>
    </message>
    <message>
        <source>The location is longer than %1 characters.</source>
        <translation>A localização tem mais de %1 caracteres.</translation>
    </message>
    <message>
        <source>Pamoja opens workshop files and postgresql:// locations; &quot;%1://&quot; is neither.</source>
        <translation>O Pamoja abre ficheiros de oficina e localizações postgresql://; &quot;%1://&quot; não é nenhuma das duas coisas.</translation>
    </message>
    <message>
        <source>Pamoja does not know the parameter %1; it passes on sslmode, connect_timeout, application_name, sslrootcert, sslcert, sslkey, sslcrl, passfile, target_session_attrs, keepalives_idle, keepalives_interval, keepalives_count and tcp_user_timeout.</source>
        <translation>O Pamoja não conhece o parâmetro %1; transmite sslmode, connect_timeout, application_name, sslrootcert, sslcert, sslkey, sslcrl, passfile, target_session_attrs, keepalives_idle, keepalives_interval, keepalives_count e tcp_user_timeout.</translation>
    </message>
</context>
<context>
    <name>pamoja::WorkshopSettingsDialog</name>
    <message>
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <source>Workshop Settings</source>
        <translation>Configurações da oficina</translation>
    </message>
    <message>
        <source>Workshop title</source>
        <translation>Título da oficina</translation>
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
        <translation>Primeiro dia</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidade</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrido</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>Assíncrono</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modalidade:</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Línguas</translation>
    </message>
    <message>
        <source>e.g. en,fr,es</source>
        <translation>p. ex. en,fr,pt</translation>
    </message>
    <message>
        <source>Language codes separated by commas; the first is the main language.</source>
        <translation>Códigos de língua separados por vírgulas; o primeiro é a língua principal.</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Línguas:</translation>
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
        <translation>Os participantes escolhem em cada contribuição</translation>
    </message>
    <message>
        <source>Every contribution is named</source>
        <translation>Todas as contribuições são identificadas</translation>
    </message>
    <message>
        <source>Every contribution is anonymous</source>
        <translation>Todas as contribuições são anónimas</translation>
    </message>
    <message>
        <source>A&amp;nonymity:</source>
        <translation>A&amp;nonimato:</translation>
    </message>
    <message>
        <source>Default vote weighting</source>
        <translation>Ponderação predefinida dos votos</translation>
    </message>
    <message>
        <source>&amp;Vote weighting:</source>
        <translation>&amp;Ponderação dos votos:</translation>
    </message>
    <message>
        <source>&amp;Private writing: new ideas stay hidden until revealed</source>
        <translation>Escrita p&amp;rivada: as novas ideias ficam ocultas até serem reveladas</translation>
    </message>
    <message>
        <source>Private writing</source>
        <translation>Escrita privada</translation>
    </message>
    <message>
        <source>Open or create a workshop first.</source>
        <translation>Abra ou crie primeiro uma oficina.</translation>
    </message>
    <message>
        <source>A workshop needs a title.</source>
        <translation>Uma oficina precisa de um título.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>O último dia é anterior ao primeiro.</translation>
    </message>
    <message>
        <source>Change anonymity from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Mudar o anonimato de &quot;%1&quot; para &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Change workshop settings</source>
        <translation>Mudar as configurações da oficina</translation>
    </message>
</context>
<context>
    <name>pamoja::WorkshopStore</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 já existe; escolha outro nome.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder does not exist or is not writable.</source>
        <translation>Não é possível criar %1: a pasta não existe ou não permite escrita.</translation>
    </message>
    <message>
        <source>%1 is being created by another program.</source>
        <translation>%1 está em processo de criação por outro programa.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Não foi possível criar %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 não existe.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 não é um ficheiro legível.</translation>
    </message>
    <message>
        <source>%1 is not a Pamoja workshop file.</source>
        <translation>%1 não é um ficheiro de oficina do Pamoja.</translation>
    </message>
    <message>
        <source>%1 cannot be written here; open it read-only.</source>
        <translation>Não é possível escrever %1 aqui; abra-o em modo de leitura.</translation>
    </message>
    <message>
        <source>%1 is open in another Pamoja (process %2 on %3); close it there first. Nothing was changed.</source>
        <translation>%1 está aberto em outra instância do Pamoja (processo %2 em %3); feche-o lá primeiro. Nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Pamoja workshop file.</source>
        <translation>%1 está danificado ou não é um ficheiro de oficina do Pamoja.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Pamoja workshop file.</source>
        <translation>%1 é uma base de dados SQLite, mas não é um ficheiro de oficina do Pamoja.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Pamoja (file version %2; this one reads up to %3). Update Pamoja to open it; the file was not changed.</source>
        <translation>%1 foi escrito por uma versão mais recente do Pamoja (versão de ficheiro %2; esta lê até à versão %3). Atualize o Pamoja para o abrir; o ficheiro não foi alterado.</translation>
    </message>
    <message>
        <source>%1 is damaged (the database check failed). Use a backup copy; the file was not changed.</source>
        <translation>%1 está danificado (a verificação da base de dados falhou). Use uma cópia de segurança; o ficheiro não foi alterado.</translation>
    </message>
    <message>
        <source>%1 was written by an older Pamoja and must be upgraded; open it for writing.</source>
        <translation>%1 foi escrito por uma versão anterior do Pamoja e tem de ser atualizado; abra-o para escrita.</translation>
    </message>
    <message>
        <source>Could not prepare %1: %2</source>
        <translation>Não foi possível preparar %1: %2</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it: %2</source>
        <translation>Não foi possível fazer uma cópia de segurança de %1 antes de o atualizar: %2</translation>
    </message>
    <message>
        <source>Could not upgrade %1: %2. The file was left as it was; a backup is at %3.</source>
        <translation>Não foi possível atualizar %1: %2. O ficheiro ficou como estava; há uma cópia de segurança em %3.</translation>
    </message>
    <message>
        <source>This workshop is open read-only; the change was not made.</source>
        <translation>Esta oficina está aberta em modo de leitura; a alteração não foi feita.</translation>
    </message>
    <message>
        <source>Could not start saving: %1</source>
        <translation>Não foi possível começar a guardar: %1</translation>
    </message>
    <message>
        <source>The change could not be saved and was not made: %1</source>
        <translation>Não foi possível guardar a alteração, que não foi feita: %1</translation>
    </message>
    <message>
        <source>Choose a different file name for the copy.</source>
        <translation>Escolha outro nome de ficheiro para a cópia.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível escrever %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Não foi possível escrever %1.</translation>
    </message>
    <message>
        <source>Table %1 refers to a missing row in %2.</source>
        <translation>A tabela %1 refere-se a uma linha inexistente em %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: some of its tables are missing. Use a backup copy; the file was not changed.</source>
        <translation>%1 está danificado: faltam algumas das suas tabelas. Use uma cópia de segurança; o ficheiro não foi alterado.</translation>
    </message>
    <message>
        <source>Could not read the %1 table of %2: %3</source>
        <translation>Não foi possível ler a tabela %1 de %2: %3</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved and was not made. Free some space, then try again.</source>
        <translation>O disco está cheio: a alteração não foi guardada nem feita. Liberte algum espaço e tente novamente.</translation>
    </message>
    <message>
        <source>The workshop file could not be written (%1): the change was not made. Check that the disk or stick is still there and writable, then try again.</source>
        <translation>Não foi possível escrever o ficheiro da oficina (%1): a alteração não foi feita. Verifique se o disco ou a pen ainda está ligado e permite escrita, e tente novamente.</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2). Check that the file and its folder can be read and written; the file was not changed.</source>
        <translation>Não foi possível abrir %1 (%2). Verifique se o ficheiro e a sua pasta permitem leitura e escrita; o ficheiro não foi alterado.</translation>
    </message>
    <message>
        <source>%1 was deleted, moved or replaced by another program while it was open; the change was not made. Use Save a Copy to keep this workshop as it is.</source>
        <translation>%1 foi eliminado, movido ou substituído por outro programa enquanto estava aberto; a alteração não foi feita. Use Guardar uma cópia para conservar esta oficina tal como está.</translation>
    </message>
    <message>
        <source>Could not prepare %1 for safe reading: %2</source>
        <translation>Não foi possível preparar %1 para uma leitura segura: %2</translation>
    </message>
    <message>
        <source>memory mapping stayed on</source>
        <translation>o mapeamento em memória continuou ativo</translation>
    </message>
    <message>
        <source>The change was not saved: a %1 has no field &quot;%2&quot;.</source>
        <translation>A alteração não foi guardada: um %1 não tem o campo &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The change was not saved: a change to a %1 names no fields.</source>
        <translation>A alteração não foi guardada: uma alteração de um %1 não indica nenhum campo.</translation>
    </message>
    <message>
        <source>Could not read the history of %1: %2</source>
        <translation>Não foi possível ler o histórico de %1: %2</translation>
    </message>
    <message>
        <source>entry %1 is damaged (%2)</source>
        <translation>a entrada %1 está danificada (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: its file version (%2) is not one Pamoja ever wrote. Use a backup copy; the file was not changed.</source>
        <translation>%1 está danificado: a sua versão de ficheiro (%2) não é nenhuma que o Pamoja tenha escrito. Use uma cópia de segurança; o ficheiro não foi alterado.</translation>
    </message>
    <message>
        <source>The schema statement uses %1, which has no PostgreSQL form yet.</source>
        <translation>A instrução do esquema usa %1, que ainda não tem equivalente em PostgreSQL.</translation>
    </message>
    <message>
        <source>The change was not made: someone else changed or removed this %1 in the meantime. Reopen the workshop to see their change, then try again.</source>
        <translation>A alteração não foi feita: outra pessoa alterou ou removeu este elemento (%1) entretanto. Reabra a oficina para ver essa alteração e tente novamente.</translation>
    </message>
    <message>
        <source>The change could not be saved: the %1 in the file is not the one it was made from.</source>
        <translation>Não foi possível guardar a alteração: o elemento (%1) no ficheiro já não é aquele a partir do qual foi feita.</translation>
    </message>
    <message>
        <source>Pamoja cannot reach PostgreSQL here: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>O Pamoja não consegue aceder ao PostgreSQL aqui: falta o controlador PostgreSQL do Qt (pacote Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Não foi possível ligar a %1: %2</translation>
    </message>
    <message>
        <source>Could not create the workshop in %1: %2</source>
        <translation>Não foi possível criar a oficina em %1: %2</translation>
    </message>
    <message>
        <source>%1 already holds a workshop with the id %2; nothing was changed.</source>
        <translation>%1 já contém uma oficina com o identificador %2; nada foi alterado.</translation>
    </message>
    <message>
        <source>Name the workshop to open: add ?workshop=ID to %1 (pamoja repo list shows the ids).</source>
        <translation>Indique a oficina a abrir: acrescente ?workshop=ID a %1 (pamoja repo list mostra os identificadores).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>The database of %1 holds no Pamoja workshops.</source>
        <translation>A base de dados de %1 não contém oficinas do Pamoja.</translation>
    </message>
    <message>
        <source>The database has no workshop with the id %1 (pamoja repo list shows the ids).</source>
        <translation>A base de dados não contém nenhuma oficina com o identificador %1 (pamoja repo list mostra os identificadores).</translation>
    </message>
    <message>
        <source>The workshop %1 is damaged in its database (its schema name is not its own).</source>
        <translation>A oficina %1 está danificada na sua base de dados (o nome do seu esquema não é o dela).</translation>
    </message>
    <message>
        <source>The workshop %1 is damaged: its version (%2) is not one Pamoja ever wrote.</source>
        <translation>A oficina %1 está danificada: a sua versão (%2) não é nenhuma que o Pamoja alguma vez tenha escrito.</translation>
    </message>
    <message>
        <source>The workshop %1 was written by a newer Pamoja (version %2; this one reads up to %3). Update Pamoja to open it; nothing was changed.</source>
        <translation>A oficina %1 foi escrita por uma versão mais recente do Pamoja (versão %2; esta lê até à versão %3). Atualize o Pamoja para a abrir; nada foi alterado.</translation>
    </message>
    <message>
        <source>The workshop %1 is damaged: some of its tables are missing. Nothing was changed.</source>
        <translation>A oficina %1 está danificada: faltam algumas das suas tabelas. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The workshop %1 was written by an older Pamoja and must be upgraded; open it for writing.</source>
        <translation>A oficina %1 foi escrita por uma versão anterior do Pamoja e tem de ser atualizada; abra-a em modo de escrita.</translation>
    </message>
    <message>
        <source>Could not upgrade the workshop %1: %2. It was left as it was.</source>
        <translation>Não foi possível atualizar a oficina %1: %2. Ficou como estava.</translation>
    </message>
    <message>
        <source>Give a postgresql:// location to list its workshops.</source>
        <translation>Indique uma localização postgresql:// para listar as suas oficinas.</translation>
    </message>
    <message>
        <source>Could not copy the workshop to %1: %2</source>
        <translation>Não foi possível copiar a oficina para %1: %2</translation>
    </message>
    <message>
        <source>the connection to the database is lost</source>
        <translation>a ligação à base de dados perdeu-se</translation>
    </message>
</context>
<context>
    <name>pamoja::Workspace</name>
    <message>
        <source>Open or create a workshop first.</source>
        <translation>Abra ou crie primeiro uma oficina.</translation>
    </message>
</context>
<context>
    <name>pamoja::Xlsx</name>
    <message>
        <source>The spreadsheet could not be read.</source>
        <translation>Não foi possível ler a folha de cálculo.</translation>
    </message>
    <message>
        <source>The file looks like a spreadsheet (XLSX) but its ZIP container is damaged.</source>
        <translation>O ficheiro parece uma folha de cálculo (XLSX) mas o seu contentor ZIP está danificado.</translation>
    </message>
    <message>
        <source>The spreadsheet has more parts than any workbook of ideas needs (%1); it is refused.</source>
        <translation>A folha de cálculo tem mais partes do que um livro de ideias precisa (%1); é recusada.</translation>
    </message>
    <message>
        <source>The spreadsheet has no part &quot;%1&quot;.</source>
        <translation>A folha de cálculo não tem a parte «%1».</translation>
    </message>
    <message>
        <source>The spreadsheet part &quot;%1&quot; does not say how large it is.</source>
        <translation>A parte «%1» da folha de cálculo não indica o seu tamanho.</translation>
    </message>
    <message>
        <source>The spreadsheet part &quot;%1&quot; unpacks to %2 MB, more than a workbook of ideas needs; it is refused.</source>
        <translation>A parte «%1» da folha de cálculo descomprime-se em %2 MB, mais do que um livro de ideias precisa; é recusada.</translation>
    </message>
    <message>
        <source>The spreadsheet part &quot;%1&quot; is compressed %2 times, as only a zip bomb is; it is refused.</source>
        <translation>A parte «%1» da folha de cálculo está comprimida %2 vezes, como só uma bomba ZIP está; é recusada.</translation>
    </message>
    <message>
        <source>The spreadsheet part &quot;%1&quot; cannot be opened (encrypted or damaged).</source>
        <translation>Não é possível abrir a parte «%1» da folha de cálculo (cifrada ou danificada).</translation>
    </message>
    <message>
        <source>The spreadsheet part &quot;%1&quot; is damaged (it does not unpack to the size it declares).</source>
        <translation>A parte «%1» da folha de cálculo está danificada (não se descomprime no tamanho que declara).</translation>
    </message>
    <message>
        <source>The spreadsheet part &quot;%1&quot; is not valid XML (line %2: %3).</source>
        <translation>A parte «%1» da folha de cálculo não é XML válido (linha %2: %3).</translation>
    </message>
    <message>
        <source>The spreadsheet declares a DTD, which workbooks never do; it is refused.</source>
        <translation>A folha de cálculo declara uma DTD, o que os livros nunca fazem; é recusada.</translation>
    </message>
    <message>
        <source>The spreadsheet has no worksheet.</source>
        <translation>A folha de cálculo não tem nenhuma folha.</translation>
    </message>
    <message>
        <source>The spreadsheet&apos;s first sheet points outside the workbook (&quot;%1&quot;).</source>
        <translation>A primeira folha aponta para fora do livro («%1»).</translation>
    </message>
    <message>
        <source>The spreadsheet&apos;s first sheet cannot be found.</source>
        <translation>Não é possível encontrar a primeira folha.</translation>
    </message>
    <message>
        <source>Shared string %1 is longer than %2 characters.</source>
        <translation>A cadeia partilhada %1 tem mais de %2 caracteres.</translation>
    </message>
    <message>
        <source>Row %1: the sheet has more than %2 rows.</source>
        <translation>Linha %1: a folha tem mais de %2 linhas.</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a cell reference.</source>
        <translation>Linha %1: «%2» não é uma referência de célula.</translation>
    </message>
    <message>
        <source>Row %1, cell %2: the sheet has more than %3 columns.</source>
        <translation>Linha %1, célula %2: a folha tem mais de %3 colunas.</translation>
    </message>
    <message>
        <source>Row %1, cell %2 refers to a shared string that is not in the file.</source>
        <translation>Linha %1, a célula %2 remete para uma cadeia partilhada que não está no ficheiro.</translation>
    </message>
    <message>
        <source>Row %1, cell %2 is longer than %3 characters.</source>
        <translation>Linha %1, a célula %2 tem mais de %3 caracteres.</translation>
    </message>
</context>
</TS>
