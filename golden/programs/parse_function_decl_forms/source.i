# 1 "parse_function_decl_forms.sy"
# 1 "<built-in>" 1
# 1 "<built-in>" 3
# 361 "<built-in>" 3
# 1 "<command line>" 1
# 1 "<built-in>" 2
# 1 "./sylib.h" 1



int getint(void);
int getch(void);
float getfloat(void);
int getarray(int a[]);
int getfarray(float a[]);
void putint(int a);
void putch(int a);
void putfloat(float a);
void putarray(int n, int a[]);
void putfarray(int n, float a[]);
void putf(char a[], ...);
void starttime(void);
void stoptime(void);
# 2 "<built-in>" 2
# 1 "parse_function_decl_forms.sy" 2


int zero() { return 0; }
void nop() {}
float fone() { return 1.0; }
int id(int x) { return x; }
float fid(float x) { return x; }
int add3(int a, int b, int c) { return a + b + c; }
int first(int a[]) { return a[0]; }
int corner(int m[][3]) { return m[1][2]; }
int deep3(int t[][2][2]) { return t[1][1][1] + t[0][0][0]; }
float favg(float v[], int n) {
  float s = 0.0;
  int i = 0;
  while (i < n) { s = s + v[i]; i = i + 1; }
  return s / n;
}
int row_total(int r[], int n) {
  if (n == 0) return 0;
  return r[n - 1] + row_total(r, n - 1);
}
void set_all(int a[], int n, int v) {
  int i = 0;
  while (i < n) { a[i] = v; i = i + 1; }
  return;
}

int main() {
  nop();
  int arr[4] = {5, 6, 7, 8};
  int mat[2][3] = {{1, 2, 3}, {4, 5, 6}};
  int cube[2][2][2] = {{{1, 2}, {3, 4}}, {{5, 6}, {7, 8}}};
  float fv[3] = {1.0, 2.5, 4.0};
  int r = add3(id(zero()), id(id(id(3))), add3(first(arr), corner(mat), deep3(cube)));
  putint(r); putch(10);
  putfloat(fid(fid(fone()) + favg(fv, 3))); putch(10);
  putint(row_total(arr, 4) + row_total(mat[1], 3)); putch(10);
  set_all(mat[0], 3, 9);
  putint(corner(mat) + first(mat[0])); putch(10);
  putint(first(cube[1][0])); putch(10);
  return add3(r, row_total(mat[0], 3), zero());
}
