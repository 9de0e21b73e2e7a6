# 1 "lex_operator_adjacency.sy"
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
# 1 "lex_operator_adjacency.sy" 2

int main() {
  int a=5,b=-3,c=0;
  int r1=a-b;
  int r2=a- -b;
  int r3=a-(-b);
  int r4=a+-b;
  int r5=-a+-b*-c;
  int r6=a<=b;
  int r7=a>=-b;
  int r8=a==-5==0;
  int r9=a!=!b;
  int r10=!a!=!b;
  int r11=a<-b;
  int r12=a>-b&&b<-c||!c;
  int r13=a*-b/-1%4;
  int r14=!!!a;
  int r15=(a)-(b)-(c);
  int r16=a<b==b<a;
  int r17=a>=b>=c<=a;
  putf("%d %d %d %d %d %d %d %d %d\n",r1,r2,r3,r4,r5,r6,r7,r8,r9);
  putf("%d %d %d %d %d %d %d %d\n",r10,r11,r12,r13,r14,r15,r16,r17);
  float f=1.5,g=-.5;
  float h=f*-g/-.25+-f;
  putfloat(h);putch(10);
  if(a==5&&b!=3&&!c)putint(1);else putint(0);putch(10);
  return r1+r2+r3+r4+r5+r6+r7+r8+r9+r10+r11+r12+r13+r14+r15+r16+r17;
}
