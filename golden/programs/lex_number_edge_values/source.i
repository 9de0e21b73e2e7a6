# 1 "lex_number_edge_values.sy"
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
# 1 "lex_number_edge_values.sy" 2

int main() {
  int max = 2147483647;
  int min = -2147483647 - 1;
  int hmax = 0x7fffffff;
  int omax = 017777777777;
  int zero = 0, ozero = 00, hzero = 0x0;
  putint(max); putch(32); putint(min); putch(32);
  putint(hmax == max); putint(omax == max); putint(zero + ozero + hzero); putch(10);
  putint(max / 2 + max % 2); putch(32);
  putint(min / 2); putch(32);
  putint(min % 10); putch(32);
  putint(max - 2147483646); putch(10);
  float fmax = 3.4028234663852886e38;
  float fmin_norm = 1.17549435e-38;
  float fsub = 0x1p-149;
  float eps = 0x1p-23;
  float one_plus = 1.0 + 0x1p-24;
  putfloat(fmax); putch(32); putfloat(fmin_norm); putch(32); putfloat(fsub); putch(10);
  putfloat(eps); putch(32); putfloat(one_plus); putch(32);
  putfloat(16777216.0 + 1.0); putch(32); putfloat(0.1); putch(10);
  int big_from_float = 2147483520.0;
  putint(big_from_float); putch(10);
  float third = 1.0 / 3;
  putfloat(third * 3); putch(10);
  int neg_trunc = -2147483520.0;
  putint(neg_trunc); putch(10);
  return (max - hmax) + (min == -max - 1) * 7 + 0000007;
}
