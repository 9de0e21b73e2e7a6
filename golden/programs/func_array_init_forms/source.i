# 1 "func_array_init_forms.sy"
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
# 1 "func_array_init_forms.sy" 2

int g_full[5] = {1, 2, 3, 4, 5};
int g_part[6] = {7, 8};
int g_zero[4] = {};
int g_none[3];
int g_nested[3][3] = {{1}, {2, 3}, {4, 5, 6}};
int g_flat[2][3] = {1, 2, 3, 4};
float gf[4] = {1.5, 2};
const int gc[2][2] = {{10, 20}, {30, 40}};

int sum1(int a[], int n) {
  int s = 0, i = 0;
  while (i < n) { s = s + a[i]; i = i + 1; }
  return s;
}

int sum2(int a[][3], int rows) {
  int s = 0, i = 0;
  while (i < rows) { s = s + sum1(a[i], 3) * (i + 1); i = i + 1; }
  return s;
}

int main() {
  int l_full[3] = {9, 8, 7};
  int l_part[5] = {1};
  int l_zero[4] = {};
  int l_nested[2][2][2] = {{{1, 2}, {3}}, {{4}}};
  int l_mixed[3][2] = {{1}, 2, 3, {4}};
  int v = 5;
  int l_expr[4] = {v, v * 2, v + gc[1][1]};
  putint(sum1(g_full, 5)); putch(32);
  putint(sum1(g_part, 6)); putch(32);
  putint(sum1(g_zero, 4) + sum1(g_none, 3)); putch(32);
  putint(sum2(g_nested, 3)); putch(32);
  putint(sum2(g_flat, 2)); putch(10);
  putarray(3, l_full);
  putarray(5, l_part);
  putarray(4, l_zero);
  putarray(2, l_nested[0][0]);
  putarray(2, l_nested[0][1]);
  putarray(2, l_nested[1][1]);
  putarray(2, l_mixed[0]); putarray(2, l_mixed[1]); putarray(2, l_mixed[2]);
  putarray(4, l_expr);
  putfarray(4, gf);
  return sum1(l_expr, 4) + gc[0][1];
}
