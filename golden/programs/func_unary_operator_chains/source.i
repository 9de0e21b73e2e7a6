# 1 "func_unary_operator_chains.sy"
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
# 1 "func_unary_operator_chains.sy" 2

int neg(int x) { return -x; }

int main() {
  int a = 5, b = -3, c = 0;
  putint(-a); putch(32);
  putint(- -a); putch(32);
  putint(-(-(-a))); putch(32);
  putint(+a); putch(32);
  putint(+-+-a); putch(32);
  putint(!a); putch(32);
  putint(!!a); putch(32);
  putint(!c); putch(32);
  putint(!!!c); putch(32);
  putint(-!c); putch(32);
  putint(!-a); putch(10);
  putint(a - -b); putch(32);
  putint(a + +b); putch(32);
  putint(-a * -b); putch(32);
  putint(-a / b); putch(32);
  putint(-a % b); putch(32);
  putint(!a + !b + !c); putch(32);
  putint(-(a + b) * -(a - b)); putch(32);
  putint(neg(-neg(a))); putch(10);
  float f = -2.5;
  putfloat(-f); putch(32);
  putfloat(+f); putch(32);
  putfloat(- -f); putch(32);
  putint(!f); putch(32);
  putint(!(f + 2.5)); putch(32);
  putfloat(-f * -f); putch(10);
  int r = 0;
  if (!(a < b)) r = r + 1;
  if (!a == 0) r = r + 2;
  if (-a < -b) r = r + 4;
  if (!!(a && !c)) r = r + 8;
  if (-!-!a == -1) r = r + 16;
  putint(r); putch(10);
  return -r;
}
