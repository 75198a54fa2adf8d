/** Whether the browser sends Global Privacy Control: then "Accept all" leaves measurement and ads off. */
export const gpc = (win: Window = window): boolean => (win.navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
