// electron-builder configuration for `npm run dist`.

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'app.haven.journal',
  productName: 'Haven',
  directories: {
    output: 'release',
    buildResources: 'resources',
  },
  // Only the electron-vite build; electron-builder adds the production node_modules itself.
  files: ['out/**', 'package.json'],
  extraMetadata: {
    main: 'out/main/index.js',
  },
  asar: true,
  // A native module cannot be dlopen()ed from inside an asar archive.
  asarUnpack: ['**/*.node'],
  // better-sqlite3-multiple-ciphers is a Node-API module with prebuilt binaries: the same binary serves
  // Node and Electron, and a rebuild would need the network (DESIGN §5).
  npmRebuild: false,
  nodeGypRebuild: false,
  // Flipped only in packaged builds, right before signing: Playwright's Electron launch in development
  // needs the inspect fuse on (DESIGN §5).
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'resources/icons',
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.lifestyle',
    icon: 'resources/icon.icns',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements: 'resources/entitlements.mac.plist',
    // Without this, helper processes get electron-builder's broader template entitlements.
    entitlementsInherit: 'resources/entitlements.mac.plist',
  },
  win: {
    target: ['nsis'],
    icon: 'resources/icon.ico',
  },
  nsis: {
    oneClick: false,
    allowToChangeInstallationDirectory: true,
  },
};

module.exports = config;
