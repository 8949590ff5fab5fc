import bwipjs from 'bwip-js/node';

/** A QR code of `text` as SVG, black on transparent; the page gives it a white quiet zone. */
export const qrSvg = (text: string): string => bwipjs.toSVG({ bcid: 'qrcode', text, scale: 1 });
