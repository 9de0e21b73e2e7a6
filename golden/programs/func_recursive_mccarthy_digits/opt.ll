; ModuleID = 'func_recursive_mccarthy_digits.sy'
source_filename = "func_recursive_mccarthy_digits.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree nosync nounwind readnone uwtable
define dso_local i32 @mc91(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp sgt i32 %0, 100
  br i1 %2, label %3, label %6

3:                                                ; preds = %6, %1
  %4 = phi i32 [ %0, %1 ], [ %9, %6 ]
  %5 = add nsw i32 %4, -10
  ret i32 %5

6:                                                ; preds = %1, %6
  %7 = phi i32 [ %9, %6 ], [ %0, %1 ]
  %8 = add nsw i32 %7, 11
  %9 = tail call i32 @mc91(i32 noundef %8), !range !5
  %10 = icmp ugt i32 %9, 100
  br i1 %10, label %3, label %6
}

; Function Attrs: nofree nosync nounwind readnone uwtable
define dso_local i32 @digital_root(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp slt i32 %0, 10
  br i1 %2, label %15, label %5

3:                                                ; preds = %5
  %4 = icmp ult i32 %9, 10
  br i1 %4, label %15, label %12

5:                                                ; preds = %1, %12
  %6 = phi i32 [ %13, %12 ], [ 0, %1 ]
  %7 = phi i32 [ %14, %12 ], [ %0, %1 ]
  %8 = urem i32 %7, 10
  %9 = add nuw nsw i32 %6, %8
  %10 = udiv i32 %7, 10
  %11 = icmp ult i32 %7, 10
  br i1 %11, label %3, label %12

12:                                               ; preds = %5, %3
  %13 = phi i32 [ %9, %5 ], [ 0, %3 ]
  %14 = phi i32 [ %10, %5 ], [ %9, %3 ]
  br label %5, !llvm.loop !6

15:                                               ; preds = %3, %1
  %16 = phi i32 [ %0, %1 ], [ %9, %3 ]
  ret i32 %16
}

; Function Attrs: nofree nosync nounwind readnone uwtable
define dso_local i32 @parity(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp eq i32 %0, 0
  br i1 %3, label %21, label %4

4:                                                ; preds = %2
  %5 = add i32 %0, -1
  %6 = and i32 %0, 7
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %16, label %8

8:                                                ; preds = %4, %8
  %9 = phi i32 [ %13, %8 ], [ %1, %4 ]
  %10 = phi i32 [ %12, %8 ], [ %0, %4 ]
  %11 = phi i32 [ %14, %8 ], [ 0, %4 ]
  %12 = add nsw i32 %10, -1
  %13 = sub nsw i32 1, %9
  %14 = add i32 %11, 1
  %15 = icmp eq i32 %14, %6
  br i1 %15, label %16, label %8, !llvm.loop !8

16:                                               ; preds = %8, %4
  %17 = phi i32 [ undef, %4 ], [ %13, %8 ]
  %18 = phi i32 [ %1, %4 ], [ %13, %8 ]
  %19 = phi i32 [ %0, %4 ], [ %12, %8 ]
  %20 = icmp ult i32 %5, 7
  br i1 %20, label %21, label %25

21:                                               ; preds = %16, %25, %2
  %22 = phi i32 [ %1, %2 ], [ %17, %16 ], [ %18, %25 ]
  %23 = icmp eq i32 %22, 0
  %24 = zext i1 %23 to i32
  ret i32 %24

25:                                               ; preds = %16, %25
  %26 = phi i32 [ %27, %25 ], [ %19, %16 ]
  %27 = add nsw i32 %26, -8
  %28 = icmp eq i32 %27, 0
  br i1 %28, label %21, label %25
}

; Function Attrs: nofree nosync nounwind readnone uwtable
define dso_local i32 @catalan(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp slt i32 %0, 2
  br i1 %2, label %14, label %3

3:                                                ; preds = %1, %3
  %4 = phi i32 [ %12, %3 ], [ 0, %1 ]
  %5 = phi i32 [ %11, %3 ], [ 0, %1 ]
  %6 = tail call i32 @catalan(i32 noundef %4)
  %7 = xor i32 %4, -1
  %8 = add i32 %7, %0
  %9 = tail call i32 @catalan(i32 noundef %8)
  %10 = mul nsw i32 %9, %6
  %11 = add nsw i32 %10, %5
  %12 = add nuw nsw i32 %4, 1
  %13 = icmp eq i32 %12, %0
  br i1 %13, label %14, label %3, !llvm.loop !10

14:                                               ; preds = %3, %1
  %15 = phi i32 [ 1, %1 ], [ %11, %3 ]
  ret i32 %15
}

; Function Attrs: nofree nosync nounwind readnone uwtable
define dso_local i32 @binom(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp eq i32 %1, 0
  %4 = icmp eq i32 %1, %0
  %5 = or i1 %3, %4
  br i1 %5, label %17, label %6

6:                                                ; preds = %2
  %7 = add nsw i32 %1, -1
  br label %8

8:                                                ; preds = %6, %8
  %9 = phi i32 [ %0, %6 ], [ %11, %8 ]
  %10 = phi i32 [ 0, %6 ], [ %13, %8 ]
  %11 = add nsw i32 %9, -1
  %12 = tail call i32 @binom(i32 noundef %11, i32 noundef %7)
  %13 = add nsw i32 %12, %10
  %14 = icmp eq i32 %11, %1
  br i1 %14, label %15, label %8

15:                                               ; preds = %8
  %16 = add i32 %13, 1
  br label %17

17:                                               ; preds = %15, %2
  %18 = phi i32 [ 1, %2 ], [ %16, %15 ]
  ret i32 %18
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  %1 = tail call i32 @mc91(i32 noundef 80)
  %2 = tail call i32 @mc91(i32 noundef 85)
  %3 = add nsw i32 %2, %1
  %4 = tail call i32 @mc91(i32 noundef 90)
  %5 = add nsw i32 %4, %3
  %6 = tail call i32 @mc91(i32 noundef 95)
  %7 = add nsw i32 %6, %5
  %8 = tail call i32 @mc91(i32 noundef 100)
  %9 = add nsw i32 %8, %7
  %10 = tail call i32 @mc91(i32 noundef 105)
  %11 = add nsw i32 %10, %9
  %12 = tail call i32 @mc91(i32 noundef 110)
  %13 = add nsw i32 %12, %11
  tail call void @putint(i32 noundef %13) #3
  tail call void @putch(i32 noundef 10) #3
  br label %16

14:                                               ; preds = %16
  %15 = icmp ult i32 %20, 10
  br i1 %15, label %26, label %23

16:                                               ; preds = %23, %0
  %17 = phi i32 [ 0, %0 ], [ %24, %23 ]
  %18 = phi i32 [ 987654321, %0 ], [ %25, %23 ]
  %19 = urem i32 %18, 10
  %20 = add nuw nsw i32 %19, %17
  %21 = udiv i32 %18, 10
  %22 = icmp ult i32 %18, 10
  br i1 %22, label %14, label %23

23:                                               ; preds = %16, %14
  %24 = phi i32 [ %20, %16 ], [ 0, %14 ]
  %25 = phi i32 [ %21, %16 ], [ %20, %14 ]
  br label %16, !llvm.loop !6

26:                                               ; preds = %14
  tail call void @putint(i32 noundef %20) #3
  tail call void @putch(i32 noundef 32) #3
  br label %29

27:                                               ; preds = %29
  %28 = icmp ult i32 %33, 10
  br i1 %28, label %39, label %36

29:                                               ; preds = %36, %26
  %30 = phi i32 [ 0, %26 ], [ %37, %36 ]
  %31 = phi i32 [ 38, %26 ], [ %38, %36 ]
  %32 = urem i32 %31, 10
  %33 = add nuw nsw i32 %32, %30
  %34 = udiv i32 %31, 10
  %35 = icmp ult i32 %31, 10
  br i1 %35, label %27, label %36

36:                                               ; preds = %29, %27
  %37 = phi i32 [ %33, %29 ], [ 0, %27 ]
  %38 = phi i32 [ %34, %29 ], [ %33, %27 ]
  br label %29, !llvm.loop !6

39:                                               ; preds = %27
  tail call void @putint(i32 noundef %33) #3
  tail call void @putch(i32 noundef 10) #3
  tail call void @putint(i32 noundef 0) #3
  tail call void @putint(i32 noundef 1) #3
  tail call void @putint(i32 noundef 1) #3
  tail call void @putch(i32 noundef 10) #3
  %40 = tail call i32 @catalan(i32 noundef 0)
  tail call void @putint(i32 noundef %40) #3
  tail call void @putch(i32 noundef 32) #3
  %41 = tail call i32 @catalan(i32 noundef 1)
  tail call void @putint(i32 noundef %41) #3
  tail call void @putch(i32 noundef 32) #3
  %42 = tail call i32 @catalan(i32 noundef 2)
  tail call void @putint(i32 noundef %42) #3
  tail call void @putch(i32 noundef 32) #3
  %43 = tail call i32 @catalan(i32 noundef 3)
  tail call void @putint(i32 noundef %43) #3
  tail call void @putch(i32 noundef 32) #3
  %44 = tail call i32 @catalan(i32 noundef 4)
  tail call void @putint(i32 noundef %44) #3
  tail call void @putch(i32 noundef 32) #3
  %45 = tail call i32 @catalan(i32 noundef 5)
  tail call void @putint(i32 noundef %45) #3
  tail call void @putch(i32 noundef 32) #3
  %46 = tail call i32 @catalan(i32 noundef 6)
  tail call void @putint(i32 noundef %46) #3
  tail call void @putch(i32 noundef 32) #3
  %47 = tail call i32 @catalan(i32 noundef 7)
  tail call void @putint(i32 noundef %47) #3
  tail call void @putch(i32 noundef 32) #3
  %48 = tail call i32 @catalan(i32 noundef 8)
  tail call void @putint(i32 noundef %48) #3
  tail call void @putch(i32 noundef 32) #3
  %49 = tail call i32 @catalan(i32 noundef 9)
  tail call void @putint(i32 noundef %49) #3
  tail call void @putch(i32 noundef 32) #3
  %50 = tail call i32 @catalan(i32 noundef 10)
  tail call void @putint(i32 noundef %50) #3
  tail call void @putch(i32 noundef 32) #3
  %51 = tail call i32 @catalan(i32 noundef 11)
  tail call void @putint(i32 noundef %51) #3
  tail call void @putch(i32 noundef 32) #3
  %52 = tail call i32 @catalan(i32 noundef 12)
  tail call void @putint(i32 noundef %52) #3
  tail call void @putch(i32 noundef 32) #3
  tail call void @putch(i32 noundef 10) #3
  %53 = tail call i32 @binom(i32 noundef 16, i32 noundef 8)
  tail call void @putint(i32 noundef %53) #3
  tail call void @putch(i32 noundef 10) #3
  %54 = srem i32 %47, 256
  ret i32 %54
}

declare void @putint(i32 noundef) local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

attributes #0 = { nofree nosync nounwind readnone uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{i32 91, i32 2147483638}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.unroll.disable"}
!10 = distinct !{!10, !7}
