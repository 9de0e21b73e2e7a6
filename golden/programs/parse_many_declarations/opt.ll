; ModuleID = 'parse_many_declarations.sy'
source_filename = "parse_many_declarations.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@b = dso_local local_unnamed_addr global i32 2, align 4
@d = dso_local local_unnamed_addr global [2 x i32] [i32 4, i32 5], align 4
@e = dso_local local_unnamed_addr global [2 x [2 x i32]] [[2 x i32] [i32 6, i32 0], [2 x i32] [i32 7, i32 8]], align 16
@f = dso_local local_unnamed_addr global i32 9, align 4
@K1 = dso_local local_unnamed_addr constant i32 1, align 4
@K2 = dso_local local_unnamed_addr constant i32 2, align 4
@K3 = dso_local local_unnamed_addr constant i32 6, align 4
@KA = dso_local local_unnamed_addr constant [3 x i32] [i32 1, i32 2, i32 6], align 4
@y = dso_local local_unnamed_addr global float 1.500000e+00, align 4
@z = dso_local local_unnamed_addr global [2 x float] [float 2.500000e+00, float 0.000000e+00], align 4
@w = dso_local local_unnamed_addr global float 5.000000e-01, align 4
@PI = dso_local local_unnamed_addr constant float 0x400921FB40000000, align 4
@TAU = dso_local local_unnamed_addr constant float 0x401921FB40000000, align 4
@HALF = dso_local local_unnamed_addr constant float 5.000000e-01, align 4
@a = dso_local local_unnamed_addr global i32 0, align 4
@c = dso_local local_unnamed_addr global [3 x i32] zeroinitializer, align 4
@x = dso_local local_unnamed_addr global float 0.000000e+00, align 4

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = load float, float* getelementptr inbounds ([2 x float], [2 x float]* @z, i64 0, i64 0), align 4, !tbaa !5
  %2 = fadd float %1, 4.000000e+00
  %3 = load float, float* @y, align 4, !tbaa !5
  %4 = fadd float %2, %3
  %5 = load float, float* @w, align 4, !tbaa !5
  %6 = fadd float %4, %5
  store i32 1, i32* @a, align 4, !tbaa !9
  store i32 1, i32* getelementptr inbounds ([3 x i32], [3 x i32]* @c, i64 0, i64 0), align 4, !tbaa !9
  store i32 2, i32* getelementptr inbounds ([3 x i32], [3 x i32]* @c, i64 0, i64 1), align 4, !tbaa !9
  store i32 3, i32* getelementptr inbounds ([3 x i32], [3 x i32]* @c, i64 0, i64 2), align 4, !tbaa !9
  store float 4.000000e+00, float* @x, align 4, !tbaa !5
  %7 = load i32, i32* @b, align 4, !tbaa !9
  %8 = add nsw i32 %7, 7
  %9 = load i32, i32* getelementptr inbounds ([2 x i32], [2 x i32]* @d, i64 0, i64 0), align 4, !tbaa !9
  %10 = add nsw i32 %8, %9
  %11 = load i32, i32* getelementptr inbounds ([2 x i32], [2 x i32]* @d, i64 0, i64 1), align 4, !tbaa !9
  %12 = add nsw i32 %10, %11
  %13 = load i32, i32* getelementptr inbounds ([2 x [2 x i32]], [2 x [2 x i32]]* @e, i64 0, i64 0, i64 0), align 16, !tbaa !9
  %14 = add nsw i32 %12, %13
  %15 = load i32, i32* getelementptr inbounds ([2 x [2 x i32]], [2 x [2 x i32]]* @e, i64 0, i64 0, i64 1), align 4, !tbaa !9
  %16 = add nsw i32 %14, %15
  %17 = load i32, i32* getelementptr inbounds ([2 x [2 x i32]], [2 x [2 x i32]]* @e, i64 0, i64 1, i64 0), align 8, !tbaa !9
  %18 = add nsw i32 %16, %17
  %19 = load i32, i32* getelementptr inbounds ([2 x [2 x i32]], [2 x [2 x i32]]* @e, i64 0, i64 1, i64 1), align 4, !tbaa !9
  %20 = add nsw i32 %18, %19
  %21 = load i32, i32* @f, align 4, !tbaa !9
  %22 = add nsw i32 %20, %21
  call void @putint(i32 noundef %22) #2
  call void @putch(i32 noundef 32) #2
  call void @putint(i32 noundef 78) #2
  call void @putch(i32 noundef 32) #2
  call void @putint(i32 noundef 30) #2
  call void @putch(i32 noundef 10) #2
  %23 = load float, float* @x, align 4, !tbaa !5
  %24 = fadd float %6, %23
  call void @putfloat(float noundef %24) #2
  call void @putch(i32 noundef 32) #2
  call void @putfloat(float noundef 0x400921FB40000000) #2
  call void @putch(i32 noundef 10) #2
  call void @putint(i32 noundef 152) #2
  call void @putch(i32 noundef 10) #2
  call void @putint(i32 noundef 78) #2
  call void @putch(i32 noundef 10) #2
  %25 = add nsw i32 %22, 108
  ret i32 %25
}

declare void @putint(i32 noundef) local_unnamed_addr #1

declare void @putch(i32 noundef) local_unnamed_addr #1

declare void @putfloat(float noundef) local_unnamed_addr #1

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"float", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !7, i64 0}
