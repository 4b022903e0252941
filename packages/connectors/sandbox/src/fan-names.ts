/** Deterministic display names and remote ids for simulated people. */
import { createRng, hashSeed } from './prng.js';
import type { SandboxWorld } from './world.types.js';

const ZH_A = ['小', '阿', '大', '萌', '甜', '酷', '懒', '野'];
const ZH_B = ['鹿', '猫', '橙子', '柚子', '星星', '桃桃', '豆豆', '鱼', '熊', '云朵', '芒果', '兔'];
const ZH_C = ['爱吃糖', '在旅行', '不加班', '的日常', '今天也要开心', '', '', '2024', '酱', '呀'];
const EN_A = ['maple', 'sunny', 'quiet', 'lucky', 'urban', 'cosmic', 'little', 'misty'];
const EN_B = ['fox', 'rider', 'panda', 'reader', 'cook', 'runner', 'owl', 'wave'];

export function fanName(world: SandboxWorld, index: number): string {
  const rng = createRng(hashSeed(world.seed, 'name', index));
  if (world.lang[index] === 1) return `${rng.pick(EN_A)}_${rng.pick(EN_B)}${rng.int(100)}`;
  return `${rng.pick(ZH_A)}${rng.pick(ZH_B)}${rng.pick(ZH_C)}`;
}

export function fanRemoteId(world: SandboxWorld, index: number): string {
  return `sbx_u_${world.seed.toString(36)}_${index.toString(36)}`;
}

/** Inverse of fanRemoteId for this world; undefined when the id is not one of its people. */
export function fanIndexOf(world: SandboxWorld, remoteUserId: string): number | undefined {
  const prefix = `sbx_u_${world.seed.toString(36)}_`;
  if (!remoteUserId.startsWith(prefix)) return undefined;
  const index = parseInt(remoteUserId.slice(prefix.length), 36);
  return Number.isInteger(index) && index >= 0 && index < world.population ? index : undefined;
}
