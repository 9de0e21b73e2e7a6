# 1 "parse_operator_precedence.sy"
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
# 1 "parse_operator_precedence.sy" 2

int main() {
  int a = 7, b = 3, c = -2, d = 5;
  int r1 = a + b * c - d / b % 2;
  int r2 = (a + (b * c)) - ((d / b) % 2);
  int r3 = a - b - c - d;
  int r4 = ((a - b) - c) - d;
  int r5 = a / b / 2 * c % 3;
  int r6 = (((a / b) / 2) * c) % 3;
  int r7 = -a * -b + +c - -d;
  int r8 = ((-a) * (-b)) + (+c) - (-d);
  int r9 = a < b == c < d;
  int r10 = (a < b) == (c < d);
  int r11 = a + 1 > b * 3 != 0;
  int r12 = ((a + 1) > (b * 3)) != 0;
  int r13 = a || b && 0;
  int r14 = a || (b && 0);
  int r15 = !a + b;
  int r16 = (!a) + b;
  int r17 = !a == 0 && b <= a || c >= d && !d;
  int r18 = (((!a) == 0) && (b <= a)) || ((c >= d) && (!d));
  int r19 = a - b + c * d / a - b % c;
  int r20 = ((a - b) + ((c * d) / a)) - (b % c);
  putf("%d %d %d %d %d %d %d %d %d %d\n", r1, r3, r5, r7, r9, r11, r13, r15, r17, r19);
  int same = (r1 == r2) + (r3 == r4) + (r5 == r6) + (r7 == r8) + (r9 == r10) +
             (r11 == r12) + (r13 == r14) + (r15 == r16) + (r17 == r18) + (r19 == r20);
  putint(same);
  putch(10);
  float f = 1.5 + 2 * 3.0 - 4 / 8.0 * 2;
  float g = (1.5 + (2 * 3.0)) - ((4 / 8.0) * 2);
  putfloat(f); putch(32); putfloat(g); putch(10);
  int chain = 1 < 2 < 3 > 0 == 1 != 0;
  putint(chain); putch(10);
  return same * 10 + chain + (f == g);
}
