import { injectGlobalWebcomponentCss } from 'Frontend/generated/jar-resources/theme-util.js';

import '@vaadin/button/src/vaadin-button.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === 'c26124442656a6920925c08cba14bda969eceb4b1378635b7271d19d2520bb6b') {
    pending.push(import('./chunks/chunk-c07ee221073f141960837ab5fda58296f8f4ab260da44465804b7e31dd09a08e.js'));
  }
  if (key === '7606b9d41ed3bf349649c149bb79f02fec88fab2c50e9a6b06da2a6dbbd879da') {
    pending.push(import('./chunks/chunk-fa5457cae124a172bf4d71877e2bf23499dfd8bc29b89f489408b6b3d3526da1.js'));
  }
  if (key === '4e5f32b6b88df4dbf3225a48b0f4866c67fb6051977925b4b6191a87f81ab98d') {
    pending.push(import('./chunks/chunk-b7f8a1f2e2074c242114e09b488368f6325daf2b82a942a676571e792a0eaccf.js'));
  }
  if (key === '458928d4f4926ef132f8ff6e44894ff1b058ba6308e740a210f2f05801293910') {
    pending.push(import('./chunks/chunk-fa5457cae124a172bf4d71877e2bf23499dfd8bc29b89f489408b6b3d3526da1.js'));
  }
  if (key === 'b32d480e0038e1d252ca7d95ef6336e22a5978b9bfa8a057d9771f6d3b72d86e') {
    pending.push(import('./chunks/chunk-73a81af11c7b26b278fbf4ec8271259c2c62ec35ac2956df3b73b065696910ab.js'));
  }
  if (key === 'd387c29febdb13809deb71d74d0c8a8447e928f25feab345f814138cbdc8cc16') {
    pending.push(import('./chunks/chunk-fa5457cae124a172bf4d71877e2bf23499dfd8bc29b89f489408b6b3d3526da1.js'));
  }
  if (key === 'e0119d3926c020dc11bf9b00c377cce598fe8f05bae02f8905e30dc70199367b') {
    pending.push(import('./chunks/chunk-73a81af11c7b26b278fbf4ec8271259c2c62ec35ac2956df3b73b065696910ab.js'));
  }
  if (key === '687ea83b2f79757c4aef8352a0bf224cd9618f31000e28cd8b96e943b5500814') {
    pending.push(import('./chunks/chunk-3d6436cba87694eb5228cf984662a560c47f307acbfb4b18b5f77521c4cb36ba.js'));
  }
  if (key === '4835cb2436713109b438c0d0d0db7619cb48827f7df0c287f423ed31ef76ec5f') {
    pending.push(import('./chunks/chunk-73a81af11c7b26b278fbf4ec8271259c2c62ec35ac2956df3b73b065696910ab.js'));
  }
  if (key === '61fa2607d70b96002f70e66e98d56d7cecb97b31c6ff1ed0bd29479a3c3f958c') {
    pending.push(import('./chunks/chunk-853b24ccc784af3021834ad6f62236a9b18d150882b4ab7b73f62c6004468c68.js'));
  }
  if (key === 'da548fd1e949b506e3574f47a83ce081e60d00b94cfe79da758f0bc9da117d28') {
    pending.push(import('./chunks/chunk-c07ee221073f141960837ab5fda58296f8f4ab260da44465804b7e31dd09a08e.js'));
  }
  if (key === '2965339fc477996c04e01f2df551851d50db571c28973f60a69fdd1f2ccebe0e') {
    pending.push(import('./chunks/chunk-73a81af11c7b26b278fbf4ec8271259c2c62ec35ac2956df3b73b065696910ab.js'));
  }
  if (key === '9d2256a17764efb1a2a6e4f9ceaaab26a39ba11c4e98c61e1cdd84c1295099cf') {
    pending.push(import('./chunks/chunk-3d6436cba87694eb5228cf984662a560c47f307acbfb4b18b5f77521c4cb36ba.js'));
  }
  return Promise.all(pending);
}
window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}