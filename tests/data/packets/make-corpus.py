#!/usr/bin/env python3
# Writes the contribution-packet corpus of core_packet (docs/file-format.md, "contribution packet").
# Run from this folder; the files are committed, this script is how they were made.
import base64, hashlib, json

W = '0f0f0f0f-1111-4111-8111-000000000001'
P1, P2 = '0f0f0f0f-2222-4222-8222-000000000001', '0f0f0f0f-2222-4222-8222-000000000002'


def idea(n, text, step=1, prompt=P1, author='', constituency='', **extra):
    d = {'id': '0f0f0f0f-6666-4666-8666-%012d' % n, 'step': step, 'prompt': prompt, 'text': text,
         'author': author, 'constituency': constituency, 'created': '2026-03-02T10:0%d:00.000Z' % (n % 10)}
    d.update(extra)
    return d


def content(ideas, workshop=W, title='Partnerships 2030', version=1, **extra):
    d = {'format': 'pamoja-contribution', 'version': version, 'workshop': workshop, 'title': title,
         'packet': '0f0f0f0f-5555-4555-8555-000000000001', 'created': '2026-03-02T10:30:00.000Z',
         'language': 'fr', 'ideas': ideas}
    d.update(extra)
    return json.dumps(d, ensure_ascii=False, separators=(',', ':')).encode()


def b64(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def armour(payload, version=1, length=None, checksum=None, body=None, end=True):
    lines = ['-----BEGIN PAMOJA CONTRIBUTION-----', 'Version: %d' % version,
             'Length: %d' % (len(payload) if length is None else length),
             'Checksum: sha256-' + (checksum or b64(hashlib.sha256(payload).digest())), '']
    body = b64(payload) if body is None else body
    lines += [body[i:i + 64] for i in range(0, len(body), 64)]
    if end:
        lines.append('-----END PAMOJA CONTRIBUTION-----')
    return '\n'.join(lines) + '\n'


def save(name, text, mode='w'):
    with open(name, mode, newline='') as f:
        f.write(text)


good = [idea(1, 'Budgets decided together', author='Amina', constituency='south'),
        idea(2, 'Des fonds gérés au Sud\nsans intermédiaire', constituency='north'),
        idea(3, 'Two-way due diligence', step=2, prompt=P2, author='Joseph Mwangi', constituency='south')]
valid = armour(content(good))
save('valid.txt', valid)
save('valid-crlf.txt', valid.replace('\n', '\r\n'))
save('valid-quoted.eml', 'From: Joseph <joseph@example.org>\nSubject: My ideas\n\nHello,\n\nhere are my ideas.\n\n' +
     ''.join('> ' + l + '\n' for l in ''.join('> ' + l + '\n' for l in valid.splitlines()).splitlines()) +
     '\n-- \nJoseph\n')
save('valid-reflowed.txt', '\n\n'.join('   ' + l for l in valid.splitlines()) + '\n')
with open('valid-utf16.txt', 'wb') as f:
    f.write(b'\xff\xfe' + valid.replace('\n', '\r\n').encode('utf-16-le'))
lines = valid.splitlines()
save('truncated-end.txt', '\n'.join(lines[:-3]) + '\n')
save('truncated-middle.txt', '\n'.join(lines[:6] + lines[7:]) + '\n')
tampered = content([dict(good[0], text='Budgets decided by the North')] + good[1:])
real = b64(hashlib.sha256(content(good)).digest())
save('tampered-text.txt', armour(tampered, length=len(content(good)), checksum=real))
save('tampered-text-length.txt', armour(tampered, checksum=real))
save('tampered-checksum.txt', armour(content(good), checksum=real[:-4] + 'AAAA'))
save('tampered-body-char.txt', valid.replace(lines[6], lines[6][:10] + '!' + lines[6][11:]))
save('wrong-workshop.txt', armour(content(good, workshop='0f0f0f0f-1111-4111-8111-0000000000ff', title='Another workshop')))
save('unknown-version.txt', armour(content(good, version=2), version=2))
save('version-mismatch.txt', armour(content(good, version=2), version=1))
save('duplicate-ids.txt', armour(content([good[0], dict(good[1], id=good[0]['id'])])))
save('unknown-field.txt', armour(content(good, extra='x')))
save('unknown-idea-field.txt', armour(content([dict(good[0], votes=3)])))
save('missing-field.txt', armour(content([{k: v for k, v in good[0].items() if k != 'author'}])))
save('bad-step.txt', armour(content([dict(good[0], step=4)])))
save('fractional-step.txt', armour(content([dict(good[0], step=1.5)])))
save('step-as-text.txt', armour(content([dict(good[0], step='1')])))
save('bad-uuid.txt', armour(content([dict(good[0], id='{0f0f0f0f-6666-4666-8666-000000000001}')])))
save('bad-constituency.txt', armour(content([dict(good[0], constituency='west')])))
save('bad-time.txt', armour(content([dict(good[0], created='yesterday')])))
save('control-char.txt', armour(content([dict(good[0], text='Bell \u0007 here')])))
save('name-with-newline.txt', armour(content([dict(good[0], author='Ami\nna')])))
save('empty-text.txt', armour(content([dict(good[0], text='   ')])))
save('long-text.txt', armour(content([dict(good[0], text='x' * 4001)])))
save('no-ideas.txt', armour(content([])))
save('not-json.txt', armour(b'{"format":"pamoja-contribution",'))
save('top-level-array.txt', armour(b'[1,2,3]'))
save('repeated-header.txt', valid.replace('Version: 1\n', 'Version: 1\nVersion: 1\n'))
save('no-end-marker-only.txt', '-----BEGIN PAMOJA CONTRIBUTION-----\n')
save('no-packet.txt', 'Dear facilitator,\nmy ideas are: pooled funds, shared budgets.\n')
with open('binary.bin', 'wb') as f:
    f.write(b'-----BEGIN PAMOJA CONTRIBUTION-----\n' + bytes(range(256)) * 4)
# An e-mail saved whole, its text in base64 (as mail programs send UTF-8 text), with an HTML part.
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
mail = MIMEMultipart('alternative', boundary='pamoja-corpus-boundary')
mail['Subject'] = 'Mes idées'
mail['From'] = 'Joseph <joseph@example.org>'
mail.attach(MIMEText('Bonjour, voici mes idées.\n\n' + valid, 'plain', 'utf-8'))
mail.attach(MIMEText('<p>Bonjour, voici mes idées.</p><pre>' + valid + '</pre>', 'html', 'utf-8'))
save('valid-base64.eml', mail.as_string().replace('\n', '\r\n'))
# A reply quoted eight levels deep in quoted-printable: lines past 76 characters broken with "=".
import quopri
deep = ''.join('> > > > > > > > ' + l + '\n' for l in valid.splitlines())
save('valid-quoted-printable.eml', 'Subject: Re: Re: Re: ideas\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n'
     'Content-Transfer-Encoding: quoted-printable\n\n' + quopri.encodestring(('Voilà:\n' + deep).encode()).decode())
