// The map's geometry as a file of its own: the globe's outline and every shape of the atlas, each
// with an id, served at an address that changes with the content (assets.ts). A page draws a shape
// with <use href=".../map-<hash>.svg#c076">, so it carries only its links, names and colours, and
// browsers keep the geometry (about 80 KB, the same for every date and language) for a year.
import { countryShapes, spherePath } from './map-geography.js';

export const sphereKey = 'sphere';

export const mapGeometry =
  `<svg xmlns="http://www.w3.org/2000/svg">` +
  `<path id="${sphereKey}" d="${spherePath}"/>` +
  countryShapes.map((shape) => `<path id="${shape.key}" d="${shape.d}"/>`).join('') +
  `</svg>`;
