// Elementary functions for float and math (placeholder: host Math; to be made correctly rounded).

export function crPow(x: number, y: number): number { return Math.pow(x, y); }
