import bwipjs from 'bwip-js/node';

export interface Code128Svg {
  svg: string;
  /** Bar modules across, quiet zones excluded: the width at one point per module. */
  modules: number;
}

/**
 * CODE128 of `data` as vector bars, stretched to whatever box the layout gives them (vectors stay
 * sharp at any size). Null when CODE128 cannot encode it (outside Latin-1, say).
 */
export function code128Svg(data: string): Code128Svg | null {
  let svg: string;
  try {
    svg = bwipjs.toSVG({ bcid: 'code128', text: data, scale: 1, height: 10, includetext: false });
  } catch {
    return null;
  }
  const modules = Number(/viewBox="0 0 (\d+(?:\.\d+)?) /.exec(svg)?.[1]);
  if (!modules) return null;
  return { svg: svg.replace('<svg ', '<svg preserveAspectRatio="none" '), modules };
}
