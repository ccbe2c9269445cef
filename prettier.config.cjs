// Office's shared add-in style, with the project's own line limit (120).
module.exports = { ...require("office-addin-prettier-config"), printWidth: 120 };
