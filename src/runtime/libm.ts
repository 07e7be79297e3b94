// Elementary functions for float and math (placeholder: host Math; to be made correctly rounded).

export function crPow(x: number, y: number): number { return Math.pow(x, y); }
export const crExp = Math.exp, crLog = Math.log, crSin = Math.sin, crCos = Math.cos, crAtan2 = Math.atan2;
export function crHypot(x: number, y: number): number { return Math.hypot(x, y); }
