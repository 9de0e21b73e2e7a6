; ModuleID = 'func_palindrome_numbers.sy'
source_filename = "func_palindrome_numbers.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.starts = private unnamed_addr constant [6 x i32] [i32 56, i32 57, i32 59, i32 87, i32 89, i32 196], align 16
@.str = private unnamed_addr constant [21 x i8] c"%d -> %d in %d steps\00", align 1
@.str.1 = private unnamed_addr constant [11 x i8] c" (gave up)\00", align 1
@.str.2 = private unnamed_addr constant [48 x i8] c"palindromic primes below 20000: %d, largest %d\0A\00", align 1

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @reverse(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp sgt i32 %0, 0
  br i1 %2, label %3, label %11

3:                                                ; preds = %1, %3
  %4 = phi i32 [ %8, %3 ], [ 0, %1 ]
  %5 = phi i32 [ %9, %3 ], [ %0, %1 ]
  %6 = mul nsw i32 %4, 10
  %7 = urem i32 %5, 10
  %8 = add nsw i32 %6, %7
  %9 = udiv i32 %5, 10
  %10 = icmp ult i32 %5, 10
  br i1 %10, label %11, label %3, !llvm.loop !5

11:                                               ; preds = %3, %1
  %12 = phi i32 [ 0, %1 ], [ %8, %3 ]
  ret i32 %12
}

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @is_pal(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp sgt i32 %0, 0
  br i1 %2, label %3, label %11

3:                                                ; preds = %1, %3
  %4 = phi i32 [ %8, %3 ], [ 0, %1 ]
  %5 = phi i32 [ %9, %3 ], [ %0, %1 ]
  %6 = mul nsw i32 %4, 10
  %7 = urem i32 %5, 10
  %8 = add nsw i32 %7, %6
  %9 = udiv i32 %5, 10
  %10 = icmp ult i32 %5, 10
  br i1 %10, label %11, label %3, !llvm.loop !5

11:                                               ; preds = %3, %1
  %12 = phi i32 [ 0, %1 ], [ %8, %3 ]
  %13 = icmp eq i32 %12, %0
  %14 = zext i1 %13 to i32
  ret i32 %14
}

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @is_prime(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp slt i32 %0, 2
  br i1 %2, label %19, label %3

3:                                                ; preds = %1
  %4 = and i32 %0, 1
  %5 = icmp eq i32 %4, 0
  br i1 %5, label %8, label %6

6:                                                ; preds = %3
  %7 = icmp ult i32 %0, 9
  br i1 %7, label %19, label %14

8:                                                ; preds = %3
  %9 = icmp eq i32 %0, 2
  %10 = zext i1 %9 to i32
  br label %19

11:                                               ; preds = %14
  %12 = mul nsw i32 %18, %18
  %13 = icmp sgt i32 %12, %0
  br i1 %13, label %19, label %14, !llvm.loop !7

14:                                               ; preds = %6, %11
  %15 = phi i32 [ %18, %11 ], [ 3, %6 ]
  %16 = srem i32 %0, %15
  %17 = icmp eq i32 %16, 0
  %18 = add nuw nsw i32 %15, 2
  br i1 %17, label %19, label %11

19:                                               ; preds = %11, %14, %6, %1, %8
  %20 = phi i32 [ %10, %8 ], [ 0, %1 ], [ 1, %6 ], [ 1, %11 ], [ 0, %14 ]
  ret i32 %20
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  br label %1

1:                                                ; preds = %0, %54
  %2 = phi i64 [ 0, %0 ], [ %55, %54 ]
  %3 = getelementptr inbounds [6 x i32], [6 x i32]* @__const.main.starts, i64 0, i64 %2
  %4 = load i32, i32* %3, align 4, !tbaa !8
  br label %5

5:                                                ; preds = %37, %1
  %6 = phi i32 [ %4, %1 ], [ %39, %37 ]
  %7 = phi i32 [ 0, %1 ], [ %40, %37 ]
  %8 = icmp sgt i32 %6, 0
  br i1 %8, label %9, label %23

9:                                                ; preds = %5, %9
  %10 = phi i32 [ %14, %9 ], [ 0, %5 ]
  %11 = phi i32 [ %15, %9 ], [ %6, %5 ]
  %12 = mul nsw i32 %10, 10
  %13 = urem i32 %11, 10
  %14 = add nsw i32 %13, %12
  %15 = udiv i32 %11, 10
  %16 = icmp ult i32 %11, 10
  br i1 %16, label %17, label %9, !llvm.loop !5

17:                                               ; preds = %9
  %18 = icmp ne i32 %14, %6
  %19 = icmp ult i32 %7, 20
  %20 = select i1 %18, i1 %19, i1 false
  %21 = icmp slt i32 %6, 100000000
  %22 = and i1 %21, %20
  br i1 %22, label %28, label %41

23:                                               ; preds = %5
  %24 = icmp ne i32 %6, 0
  %25 = icmp ult i32 %7, 20
  %26 = select i1 %24, i1 %25, i1 false
  br i1 %26, label %37, label %27

27:                                               ; preds = %23
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([21 x i8], [21 x i8]* @.str, i64 0, i64 0), i32 noundef %4, i32 noundef %6, i32 noundef %7) #3
  br label %50

28:                                               ; preds = %17
  br i1 %8, label %29, label %37

29:                                               ; preds = %28, %29
  %30 = phi i32 [ %34, %29 ], [ 0, %28 ]
  %31 = phi i32 [ %35, %29 ], [ %6, %28 ]
  %32 = mul nsw i32 %30, 10
  %33 = urem i32 %31, 10
  %34 = add nsw i32 %33, %32
  %35 = udiv i32 %31, 10
  %36 = icmp ult i32 %31, 10
  br i1 %36, label %37, label %29, !llvm.loop !5

37:                                               ; preds = %29, %23, %28
  %38 = phi i32 [ 0, %28 ], [ 0, %23 ], [ %34, %29 ]
  %39 = add nsw i32 %38, %6
  %40 = add nuw nsw i32 %7, 1
  br label %5, !llvm.loop !12

41:                                               ; preds = %17
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([21 x i8], [21 x i8]* @.str, i64 0, i64 0), i32 noundef %4, i32 noundef %6, i32 noundef %7) #3
  br i1 %8, label %42, label %50

42:                                               ; preds = %41, %42
  %43 = phi i32 [ %47, %42 ], [ 0, %41 ]
  %44 = phi i32 [ %48, %42 ], [ %6, %41 ]
  %45 = mul nsw i32 %43, 10
  %46 = urem i32 %44, 10
  %47 = add nsw i32 %46, %45
  %48 = udiv i32 %44, 10
  %49 = icmp ult i32 %44, 10
  br i1 %49, label %50, label %42, !llvm.loop !5

50:                                               ; preds = %42, %27, %41
  %51 = phi i32 [ 0, %41 ], [ 0, %27 ], [ %47, %42 ]
  %52 = icmp eq i32 %51, %6
  br i1 %52, label %54, label %53

53:                                               ; preds = %50
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([11 x i8], [11 x i8]* @.str.1, i64 0, i64 0)) #3
  br label %54

54:                                               ; preds = %53, %50
  tail call void @putch(i32 noundef 10) #3
  %55 = add nuw nsw i64 %2, 1
  %56 = icmp eq i64 %55, 6
  br i1 %56, label %57, label %1, !llvm.loop !13

57:                                               ; preds = %54, %96
  %58 = phi i32 [ %99, %96 ], [ 1, %54 ]
  %59 = phi i32 [ %98, %96 ], [ 0, %54 ]
  %60 = phi i32 [ %97, %96 ], [ 0, %54 ]
  br label %61

61:                                               ; preds = %57, %61
  %62 = phi i32 [ %66, %61 ], [ 0, %57 ]
  %63 = phi i32 [ %67, %61 ], [ %58, %57 ]
  %64 = mul nsw i32 %62, 10
  %65 = urem i32 %63, 10
  %66 = add nsw i32 %65, %64
  %67 = udiv i32 %63, 10
  %68 = icmp ult i32 %63, 10
  br i1 %68, label %69, label %61, !llvm.loop !5

69:                                               ; preds = %61
  %70 = icmp eq i32 %66, %58
  br i1 %70, label %71, label %96

71:                                               ; preds = %69
  %72 = icmp ult i32 %58, 2
  br i1 %72, label %89, label %73

73:                                               ; preds = %71
  %74 = and i32 %58, 1
  %75 = icmp eq i32 %74, 0
  br i1 %75, label %78, label %76

76:                                               ; preds = %73
  %77 = icmp ult i32 %58, 9
  br i1 %77, label %89, label %84

78:                                               ; preds = %73
  %79 = icmp eq i32 %58, 2
  %80 = zext i1 %79 to i32
  br label %89

81:                                               ; preds = %84
  %82 = mul nsw i32 %88, %88
  %83 = icmp ugt i32 %82, %58
  br i1 %83, label %89, label %84, !llvm.loop !7

84:                                               ; preds = %76, %81
  %85 = phi i32 [ %88, %81 ], [ 3, %76 ]
  %86 = urem i32 %58, %85
  %87 = icmp eq i32 %86, 0
  %88 = add nuw nsw i32 %85, 2
  br i1 %87, label %89, label %81

89:                                               ; preds = %81, %84, %71, %76, %78
  %90 = phi i32 [ %80, %78 ], [ 0, %71 ], [ 1, %76 ], [ 0, %84 ], [ 1, %81 ]
  %91 = icmp eq i32 %90, 0
  %92 = xor i1 %91, true
  %93 = zext i1 %92 to i32
  %94 = add nsw i32 %60, %93
  %95 = select i1 %91, i32 %59, i32 %58
  br label %96

96:                                               ; preds = %89, %69
  %97 = phi i32 [ %60, %69 ], [ %94, %89 ]
  %98 = phi i32 [ %59, %69 ], [ %95, %89 ]
  %99 = add nuw nsw i32 %58, 1
  %100 = icmp eq i32 %99, 20000
  br i1 %100, label %101, label %57, !llvm.loop !14

101:                                              ; preds = %96
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([48 x i8], [48 x i8]* @.str.2, i64 0, i64 0), i32 noundef %97, i32 noundef %98) #3
  ret i32 %97
}

declare void @putf(i8* noundef, ...) local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

attributes #0 = { nofree norecurse nosync nounwind readnone uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = distinct !{!7, !6}
!8 = !{!9, !9, i64 0}
!9 = !{!"int", !10, i64 0}
!10 = !{!"omnipotent char", !11, i64 0}
!11 = !{!"Simple C/C++ TBAA"}
!12 = distinct !{!12, !6}
!13 = distinct !{!13, !6}
!14 = distinct !{!14, !6}
