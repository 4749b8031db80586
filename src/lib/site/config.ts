/** Site-wide settings that are not build configuration. Change the repository here only. */
export const SITE = {
  name: 'Digitalatlas',
  /** Repository that holds the data files; used for "edit this entry" links. */
  repository: 'https://github.com/digitalatlas/digitalatlas',
  branch: 'main',
  dataLicence: { id: 'CC-BY-4.0', name: 'Creative Commons Namensnennung 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/deed.de' },
} as const;

/** URL of a file in the repository's web editor. */
export function editUrl(path: string): string {
  return `${SITE.repository}/edit/${SITE.branch}/${path}`;
}
