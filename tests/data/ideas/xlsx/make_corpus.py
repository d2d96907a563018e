#!/usr/bin/env python3
"""Writes the XLSX test corpus next to this script (run it again after changing it; the files are
committed, so the tests need no Python). Each workbook is the minimum a spreadsheet program writes,
plus one hostile twist for the broken ones."""
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="xml" ContentType="application/xml"/></Types>')


def workbook(sheets=(("Ideas", "rId1"),)):
    s = ''.join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="{r}"/>' for i, (n, r) in enumerate(sheets))
    return f'<?xml version="1.0" encoding="UTF-8"?><workbook {NS}><sheets>{s}</sheets></workbook>'


def rels(targets=(("rId1", "worksheets/sheet1.xml"),)):
    r = ''.join(f'<Relationship Id="{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="{t}"/>'
                for i, t in targets)
    return f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{r}</Relationships>'


def shared(strings):
    items = ''.join(s if s.startswith('<si>') else f'<si><t xml:space="preserve">{s}</t></si>' for s in strings)
    return f'<?xml version="1.0" encoding="UTF-8"?><sst {NS} count="{len(strings)}">{items}</sst>'


def sheet(rows, prefix=''):
    return f'<?xml version="1.0" encoding="UTF-8"?>{prefix}<worksheet {NS}><sheetData>{rows}</sheetData></worksheet>'


def write(name, parts, compression=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', compression) as z:
        for path, data in parts.items():
            z.writestr(path, data)
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(buf.getvalue())


def book(sheet_xml, strings=None, **extra):
    parts = {'[Content_Types].xml': CT, 'xl/workbook.xml': workbook(), 'xl/_rels/workbook.xml.rels': rels(),
             'xl/worksheets/sheet1.xml': sheet_xml}
    if strings is not None:
        parts['xl/sharedStrings.xml'] = shared(strings)
    parts.update(extra)
    return parts


# A form tool's export: header, shared and inline strings, rich text, a formula's cached text, a
# formula-like string that must stay text, a number, a blank row, a gap between columns.
strings = ['Idea', 'Name', 'Constituency', 'Décisions prises ensemble à Dakar', 'Amina', 'south',
           '<si><r><t>Core funding </t></r><r><rPr><b/></rPr><t>direct</t></r><rPh><t>ignored</t></rPh></si>',
           '=HYPERLINK("http://example.org")', 'north']
rows = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c></row>'
        '<row r="3"><c r="A3" t="s"><v>6</v></c><c r="C3" t="s"><v>8</v></c></row>'
        '<row r="5"><c r="A5" t="inlineStr"><is><t>Uwazi — ufadhili ✓</t></is></c></row>'
        '<row r="6"><c r="A6" t="s"><v>7</v></c></row>'
        '<row r="7"><c r="A7" t="str"><f>CONCAT("Shared ","budgets")</f><v>Shared budgets</v></c></row>'
        '<row r="8"><c r="A8"><v>42</v></c></row>')
write('form-export.xlsx', book(sheet(rows), strings))

# The first sheet in the workbook's order is the second part in the archive.
write('second-part-first.xlsx', {
    '[Content_Types].xml': CT,
    'xl/workbook.xml': workbook((("Ideas", "rId7"), ("Other", "rId1"))),
    'xl/_rels/workbook.xml.rels': rels((("rId1", "worksheets/sheet1.xml"), ("rId7", "/xl/worksheets/sheet2.xml"))),
    'xl/worksheets/sheet1.xml': sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Idea</t></is></c></row>'
                                      '<row r="2"><c r="A2" t="inlineStr"><is><t>wrong sheet</t></is></c></row>'),
    'xl/worksheets/sheet2.xml': sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Idea</t></is></c></row>'
                                      '<row r="2"><c r="A2" t="inlineStr"><is><t>right sheet</t></is></c></row>'),
})

good = open(os.path.join(HERE, 'form-export.xlsx'), 'rb').read()
with open(os.path.join(HERE, 'truncated.xlsx'), 'wb') as f:
    f.write(good[:len(good) // 2])

write('dtd-entities.xlsx', book(sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&lol;</t></is></c></row>',
                                      '<!DOCTYPE worksheet [<!ENTITY lol "lollollollollol">]>')))
# 40 MB of spaces inside the sheet: more than any part may unpack to.
write('bomb-large.xlsx', book(sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Idea</t></is></c></row>' + ' ' * (40 * 1024 * 1024))))
# 8 MB that compress a thousand times: only a zip bomb does that.
write('bomb-ratio.xlsx', book(sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Idea</t></is></c></row>' + ' ' * (8 * 1024 * 1024))))
write('bad-shared-index.xlsx', book(sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>9</v></c></row>'), ['Idea']))
write('outside-target.xlsx', {'[Content_Types].xml': CT, 'xl/workbook.xml': workbook(),
                              'xl/_rels/workbook.xml.rels': rels((("rId1", "../../etc/passwd.xml"),))})
write('no-sheet.xlsx', {'[Content_Types].xml': CT, 'xl/workbook.xml': workbook(()), 'xl/_rels/workbook.xml.rels': rels(())})
write('broken-xml.xlsx', book('<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Idea</t></is></c></row><row>'))
write('far-column.xlsx', book(sheet('<row r="1"><c r="XFD1" t="inlineStr"><is><t>Idea</t></is></c></row>')))
write('empty-sheet.xlsx', book(sheet('')))
write('not-a-workbook.zip.xlsx', {'mimetype': 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office/>'})
