import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { SerialPort } from 'serialport';

export interface SerialPortInfo {
  path: string;
  manufacturer: string | null;
  serialNumber: string | null;
  vendorId: string | null;
  productId: string | null;
}

export interface SerialPortList {
  ports: SerialPortInfo[];
  /** Why the list is empty when listing failed, in words for the admin. */
  error?: string;
}

export interface ListOptions {
  lister?: typeof SerialPort.list;
  platform?: NodeJS.Platform;
  /** The PATH searched for udevadm. */
  searchPath?: string;
}

const TYPE_IT =
  'Type the port path instead (for example /dev/ttyUSB0 or /dev/ttyACM0 on Linux, COM3 on Windows).';

function onPath(command: string, searchPath: string): boolean {
  return searchPath
    .split(delimiter)
    .filter(Boolean)
    .some((dir) => {
      try {
        accessSync(join(dir, command), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
}

/**
 * The serial ports the OS knows, for the admin's scanner setting. Never throws: on Linux
 * serialport lists through `udevadm`, and where that is missing it has crashed the process
 * instead of failing the call, so it is not even asked there.
 */
export async function listSerialPorts({
  lister = () => SerialPort.list(),
  platform = process.platform,
  searchPath = process.env.PATH ?? '',
}: ListOptions = {}): Promise<SerialPortList> {
  if (platform === 'linux' && !onPath('udevadm', searchPath)) {
    return {
      ports: [],
      error: `This PC cannot list serial ports: it lacks udevadm (the udev package). ${TYPE_IT}`,
    };
  }
  try {
    const ports = await lister();
    return {
      ports: ports.map((p) => ({
        path: p.path,
        manufacturer: p.manufacturer ?? null,
        serialNumber: p.serialNumber ?? null,
        vendorId: p.vendorId ?? null,
        productId: p.productId ?? null,
      })),
    };
  } catch (err) {
    return {
      ports: [],
      error: `The serial ports could not be listed (${(err as Error).message}). ${TYPE_IT}`,
    };
  }
}
