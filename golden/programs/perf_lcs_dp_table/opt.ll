; ModuleID = 'perf_lcs_dp_table.sy'
source_filename = "perf_lcs_dp_table.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@x = dso_local local_unnamed_addr global [1200 x i32] zeroinitializer, align 16
@y = dso_local local_unnamed_addr global [1200 x i32] zeroinitializer, align 16
@dp = dso_local local_unnamed_addr global [1201 x [1201 x i32]] zeroinitializer, align 16
@.str = private unnamed_addr constant [8 x i8] c"lcs=%d\0A\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @max2(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %0, %1
  %4 = select i1 %3, i32 %0, i32 %1
  ret i32 %4
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  %1 = tail call i32 @getint() #3
  %2 = tail call i32 @getint() #3
  %3 = tail call i32 @getint() #3
  %4 = icmp sgt i32 %1, 0
  br i1 %4, label %5, label %7

5:                                                ; preds = %0
  %6 = zext i32 %1 to i64
  br label %12

7:                                                ; preds = %12, %0
  %8 = phi i32 [ 99, %0 ], [ %17, %12 ]
  %9 = icmp sgt i32 %2, 0
  br i1 %9, label %10, label %32

10:                                               ; preds = %7
  %11 = zext i32 %2 to i64
  br label %22

12:                                               ; preds = %5, %12
  %13 = phi i64 [ 0, %5 ], [ %20, %12 ]
  %14 = phi i32 [ 99, %5 ], [ %17, %12 ]
  %15 = mul nsw i32 %14, 75
  %16 = add nsw i32 %15, 74
  %17 = srem i32 %16, 65537
  %18 = srem i32 %17, %3
  %19 = getelementptr inbounds [1200 x i32], [1200 x i32]* @x, i64 0, i64 %13
  store i32 %18, i32* %19, align 4, !tbaa !5
  %20 = add nuw nsw i64 %13, 1
  %21 = icmp eq i64 %20, %6
  br i1 %21, label %7, label %12, !llvm.loop !9

22:                                               ; preds = %10, %22
  %23 = phi i64 [ 0, %10 ], [ %30, %22 ]
  %24 = phi i32 [ %8, %10 ], [ %27, %22 ]
  %25 = mul nsw i32 %24, 75
  %26 = add nsw i32 %25, 74
  %27 = srem i32 %26, 65537
  %28 = srem i32 %27, %3
  %29 = getelementptr inbounds [1200 x i32], [1200 x i32]* @y, i64 0, i64 %23
  store i32 %28, i32* %29, align 4, !tbaa !5
  %30 = add nuw nsw i64 %23, 1
  %31 = icmp eq i64 %30, %11
  br i1 %31, label %32, label %22, !llvm.loop !11

32:                                               ; preds = %22, %7
  tail call void @starttime() #3
  %33 = icmp slt i32 %1, 1
  br i1 %33, label %71, label %34

34:                                               ; preds = %32
  %35 = icmp slt i32 %2, 1
  %36 = add i32 %2, 1
  %37 = add nuw i32 %1, 1
  %38 = zext i32 %37 to i64
  %39 = zext i32 %36 to i64
  br label %40

40:                                               ; preds = %34, %68
  %41 = phi i64 [ 1, %34 ], [ %69, %68 ]
  br i1 %35, label %68, label %42

42:                                               ; preds = %40
  %43 = add nsw i64 %41, -1
  %44 = getelementptr inbounds [1200 x i32], [1200 x i32]* @x, i64 0, i64 %43
  %45 = load i32, i32* %44, align 4, !tbaa !5
  br label %46

46:                                               ; preds = %42, %63
  %47 = phi i64 [ 1, %42 ], [ %66, %63 ]
  %48 = add nsw i64 %47, -1
  %49 = getelementptr inbounds [1200 x i32], [1200 x i32]* @y, i64 0, i64 %48
  %50 = load i32, i32* %49, align 4, !tbaa !5
  %51 = icmp eq i32 %45, %50
  br i1 %51, label %52, label %56

52:                                               ; preds = %46
  %53 = getelementptr inbounds [1201 x [1201 x i32]], [1201 x [1201 x i32]]* @dp, i64 0, i64 %43, i64 %48
  %54 = load i32, i32* %53, align 4, !tbaa !5
  %55 = add nsw i32 %54, 1
  br label %63

56:                                               ; preds = %46
  %57 = getelementptr inbounds [1201 x [1201 x i32]], [1201 x [1201 x i32]]* @dp, i64 0, i64 %43, i64 %47
  %58 = load i32, i32* %57, align 4, !tbaa !5
  %59 = getelementptr inbounds [1201 x [1201 x i32]], [1201 x [1201 x i32]]* @dp, i64 0, i64 %41, i64 %48
  %60 = load i32, i32* %59, align 4, !tbaa !5
  %61 = icmp sgt i32 %58, %60
  %62 = select i1 %61, i32 %58, i32 %60
  br label %63

63:                                               ; preds = %56, %52
  %64 = phi i32 [ %55, %52 ], [ %62, %56 ]
  %65 = getelementptr inbounds [1201 x [1201 x i32]], [1201 x [1201 x i32]]* @dp, i64 0, i64 %41, i64 %47
  store i32 %64, i32* %65, align 4
  %66 = add nuw nsw i64 %47, 1
  %67 = icmp eq i64 %66, %39
  br i1 %67, label %68, label %46, !llvm.loop !12

68:                                               ; preds = %63, %40
  %69 = add nuw nsw i64 %41, 1
  %70 = icmp eq i64 %69, %38
  br i1 %70, label %71, label %40, !llvm.loop !13

71:                                               ; preds = %68, %32
  tail call void @stoptime() #3
  %72 = sext i32 %1 to i64
  %73 = sext i32 %2 to i64
  %74 = getelementptr inbounds [1201 x [1201 x i32]], [1201 x [1201 x i32]]* @dp, i64 0, i64 %72, i64 %73
  %75 = load i32, i32* %74, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([8 x i8], [8 x i8]* @.str, i64 0, i64 0), i32 noundef %75) #3
  %76 = sdiv i32 %1, 2
  %77 = sext i32 %76 to i64
  %78 = sdiv i32 %2, 2
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds [1201 x [1201 x i32]], [1201 x [1201 x i32]]* @dp, i64 0, i64 %77, i64 %79
  %81 = load i32, i32* %80, align 4, !tbaa !5
  tail call void @putint(i32 noundef %81) #3
  tail call void @putch(i32 noundef 10) #3
  %82 = load i32, i32* %74, align 4, !tbaa !5
  %83 = srem i32 %82, 256
  ret i32 %83
}

declare i32 @getint() local_unnamed_addr #2

declare void @starttime() local_unnamed_addr #2

declare void @stoptime() local_unnamed_addr #2

declare void @putf(i8* noundef, ...) local_unnamed_addr #2

declare void @putint(i32 noundef) local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

attributes #0 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
