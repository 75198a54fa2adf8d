// Writes dist/creatio/<Package>/, a Creatio package laid out as file-system development mode
// expects (Terrasoft.Configuration/Pkg/<Package>/): its descriptor, Files/descriptor.json listing
// the Classic UI bootstrap, the bootstrap and the Freedom UI client module (creatio/), and the
// built drop-in with everything it loads from beside itself, in a folder named by the version so
// that its URLs change with each update.
//   CREATIO_PACKAGE (UsrCookieConsent), CREATIO_MAINTAINER (Customer), CREATIO_PACKAGE_VERSION
//   (package.json's version) override the defaults.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version: packageVersion } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** A UUID that stays the same for a package name (name-based, as RFC 9562's version 5). */
function stableUid(name) {
  const hash = createHash('sha1').update(`creatio-cookie-consent:${name}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The drop-in's files in dist/: the core, its interface, and everything they load from beside themselves. */
export const dropInFiles = () => readdirSync(join(root, 'dist')).filter((file) => /^creatio-cookie-consent(\..+)?\.js$/.test(file));

export function writeCreatioPackage({
  name = process.env.CREATIO_PACKAGE || 'UsrCookieConsent',
  maintainer = process.env.CREATIO_MAINTAINER || 'Customer',
  version = process.env.CREATIO_PACKAGE_VERSION || packageVersion,
  out = join(root, 'dist', 'creatio'),
} = {}) {
  // Creatio's names: a letter, then letters, digits and underscores. Versions: digits, letters, "." and "_".
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new Error(`CREATIO_PACKAGE "${name}" is not a Creatio package name`);
  if (!/^[A-Za-z0-9][A-Za-z0-9._]*$/.test(version)) throw new Error(`CREATIO_PACKAGE_VERSION "${version}" is not a Creatio package version`);
  const pkg = join(out, name);
  rmSync(pkg, { recursive: true, force: true });
  const js = join(pkg, 'Files', 'src', 'js');
  const files = join(js, 'creatio-cookie-consent', version);
  mkdirSync(files, { recursive: true });

  const json = (path, data) => writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
  json(join(pkg, 'descriptor.json'), {
    Descriptor: {
      UId: stableUid(name),
      PackageVersion: version,
      Name: name,
      ModifiedOnUtc: `/Date(${Date.now()})/`,
      Maintainer: maintainer,
      Description: 'creatio-cookie-consent: the cookie consent manager, on every Classic UI page and on Freedom UI pages that place usr.CookieConsent.',
      DependsOn: [],
    },
  });
  json(join(pkg, 'Files', 'descriptor.json'), { bootstraps: ['src/js/bootstrap.js'] });

  const fill = (text) => text.replaceAll('__PACKAGE__', name).replaceAll('__VERSION__', version);
  writeFileSync(join(js, 'bootstrap.js'), fill(readFileSync(join(root, 'creatio', 'bootstrap.js'), 'utf8')));
  writeFileSync(join(js, 'UsrCookieConsentComponent.js'), fill(readFileSync(join(root, 'creatio', 'UsrCookieConsentComponent.js'), 'utf8')));
  const dropIn = dropInFiles();
  for (const file of dropIn) copyFileSync(join(root, 'dist', file), join(files, file));
  return { dir: pkg, version, files: dropIn };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { dir, files } = writeCreatioPackage();
  console.log(`Creatio package: ${dir} (${files.length} drop-in files)`);
}
