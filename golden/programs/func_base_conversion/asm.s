	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_base_conversion.sy"
	.globl	print_base                      # -- Begin function print_base
	.p2align	1
	.type	print_base,@function
print_base:                             # @print_base
# %bb.0:
	addi	sp, sp, -48
	sd	ra, 40(sp)                      # 8-byte Folded Spill
	sd	s0, 32(sp)                      # 8-byte Folded Spill
	sd	s1, 24(sp)                      # 8-byte Folded Spill
	sd	s2, 16(sp)                      # 8-byte Folded Spill
	sd	s3, 8(sp)                       # 8-byte Folded Spill
	sd	s4, 0(sp)                       # 8-byte Folded Spill
	beqz	a0, .LBB0_11
# %bb.1:
	mv	s2, a1
	mv	s1, a0
	bgez	a0, .LBB0_3
# %bb.2:
	li	a0, 45
	call	putch@plt
	negw	s1, s1
.LBB0_3:
	li	s0, 0
	li	a2, 1
.LBB0_12:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(digits)
	addi	a1, a1, %pcrel_lo(.LBB0_12)
.LBB0_4:                                # =>This Inner Loop Header: Depth=1
	mv	a0, a2
	divw	a3, s1, s2
	mulw	a2, a3, s2
	subw	a2, s1, a2
	sw	a2, 0(a1)
	addi	s0, s0, 1
	addiw	a2, a0, 1
	addi	a1, a1, 4
	mv	s1, a3
	bgtz	a3, .LBB0_4
# %bb.5:
	sext.w	a1, s0
	blez	a1, .LBB0_10
# %bb.6:
	slli	a0, a0, 32
	srli	a0, a0, 32
	addi	s1, a0, 1
.LBB0_13:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(digits)
	addi	s2, s2, %pcrel_lo(.LBB0_13)
	li	s3, 10
	li	s4, 1
	j	.LBB0_8
.LBB0_7:                                #   in Loop: Header=BB0_8 Depth=1
	addw	a0, a0, a1
	call	putch@plt
	addi	s1, s1, -1
	bge	s4, s1, .LBB0_10
.LBB0_8:                                # =>This Inner Loop Header: Depth=1
	addiw	s0, s0, -1
	slli	a0, s0, 32
	srli	a0, a0, 30
	add	a0, a0, s2
	lw	a0, 0(a0)
	li	a1, 48
	blt	a0, s3, .LBB0_7
# %bb.9:                                #   in Loop: Header=BB0_8 Depth=1
	li	a1, 87
	j	.LBB0_7
.LBB0_10:
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	ld	s4, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.LBB0_11:
	li	a0, 48
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	ld	s4, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	tail	putch@plt
.Lfunc_end0:
	.size	print_base, .Lfunc_end0-print_base
                                        # -- End function
	.globl	parse_base                      # -- Begin function parse_base
	.p2align	1
	.type	parse_base,@function
parse_base:                             # @parse_base
# %bb.0:
	blez	a1, .LBB1_4
# %bb.1:
	lw	a3, 0(a0)
	addi	a4, a3, -45
	li	a5, 45
	li	a6, -1
	beq	a3, a5, .LBB1_3
# %bb.2:
	li	a6, 1
.LBB1_3:
	seqz	a5, a4
	li	a4, 0
	blt	a5, a1, .LBB1_5
	j	.LBB1_9
.LBB1_4:
	li	a5, 0
	li	a6, 1
	li	a4, 0
	bge	a5, a1, .LBB1_9
.LBB1_5:
	slli	a3, a5, 2
	add	a0, a0, a3
	slli	a1, a1, 32
	srli	a1, a1, 32
	sub	a1, a1, a5
	li	a7, 10
	j	.LBB1_7
.LBB1_6:                                #   in Loop: Header=BB1_7 Depth=1
	mulw	a4, a4, a2
	addw	a4, a4, a3
	addi	a1, a1, -1
	addi	a0, a0, 4
	beqz	a1, .LBB1_9
.LBB1_7:                                # =>This Inner Loop Header: Depth=1
	lw	a5, 0(a0)
	addiw	a3, a5, -48
	bltu	a3, a7, .LBB1_6
# %bb.8:                                #   in Loop: Header=BB1_7 Depth=1
	addi	a3, a5, -87
	j	.LBB1_6
.LBB1_9:
	mulw	a0, a4, a6
	ret
.Lfunc_end1:
	.size	parse_base, .Lfunc_end1-parse_base
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -128
	sd	ra, 120(sp)                     # 8-byte Folded Spill
	sd	s0, 112(sp)                     # 8-byte Folded Spill
	sd	s1, 104(sp)                     # 8-byte Folded Spill
	sd	s2, 96(sp)                      # 8-byte Folded Spill
	sd	s3, 88(sp)                      # 8-byte Folded Spill
	sd	s4, 80(sp)                      # 8-byte Folded Spill
	sd	s5, 72(sp)                      # 8-byte Folded Spill
	sd	s6, 64(sp)                      # 8-byte Folded Spill
	sd	s7, 56(sp)                      # 8-byte Folded Spill
	sd	s8, 48(sp)                      # 8-byte Folded Spill
	sd	s9, 40(sp)                      # 8-byte Folded Spill
	sd	s10, 32(sp)                     # 8-byte Folded Spill
	sd	s11, 24(sp)                     # 8-byte Folded Spill
	li	a0, 0
	li	s6, 0
.LBB2_16:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(.L__const.main.values)
	addi	a1, a1, %pcrel_lo(.LBB2_16)
	sd	a1, 8(sp)                       # 8-byte Folded Spill
.LBB2_17:                               # Label of block must be emitted
	auipc	s5, %pcrel_hi(.L__const.main.bases)
	addi	s5, s5, %pcrel_lo(.LBB2_17)
	li	s4, 3
.LBB2_18:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(digits)
	addi	s0, s0, %pcrel_lo(.LBB2_18)
	li	s7, 10
	li	s11, 1
	li	s8, 4
	j	.LBB2_2
.LBB2_1:                                #   in Loop: Header=BB2_2 Depth=1
	li	a0, 10
	call	putch@plt
	ld	a0, 16(sp)                      # 8-byte Folded Reload
	addi	a0, a0, 1
	addiw	s6, s6, 1
	li	a1, 7
	beq	a0, a1, .LBB2_15
.LBB2_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_5 Depth 2
                                        #       Child Loop BB2_9 Depth 3
                                        #       Child Loop BB2_13 Depth 3
	sd	a0, 16(sp)                      # 8-byte Folded Spill
	slli	a0, a0, 2
	ld	a1, 8(sp)                       # 8-byte Folded Reload
	add	a0, a0, a1
	lw	s10, 0(a0)
	li	s1, 0
	negw	s9, s10
	j	.LBB2_5
.LBB2_3:                                #   in Loop: Header=BB2_5 Depth=2
	li	a0, 48
	call	putch@plt
.LBB2_4:                                #   in Loop: Header=BB2_5 Depth=2
	li	a0, 32
	call	putch@plt
	addi	s1, s1, 1
	beq	s1, s8, .LBB2_1
.LBB2_5:                                #   Parent Loop BB2_2 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB2_9 Depth 3
                                        #       Child Loop BB2_13 Depth 3
	slli	a0, s6, 33
	srli	a0, a0, 33
	beq	a0, s4, .LBB2_7
# %bb.6:                                #   in Loop: Header=BB2_5 Depth=2
	mv	a1, s10
	beqz	a0, .LBB2_3
	j	.LBB2_8
.LBB2_7:                                #   in Loop: Header=BB2_5 Depth=2
	li	a0, 45
	call	putch@plt
	mv	a1, s9
.LBB2_8:                                #   in Loop: Header=BB2_5 Depth=2
	slli	a0, s1, 2
	add	a0, a0, s5
	lw	a0, 0(a0)
	li	s2, 0
	li	a4, 1
	mv	a3, s0
.LBB2_9:                                #   Parent Loop BB2_2 Depth=1
                                        #     Parent Loop BB2_5 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	mv	a2, a4
	divw	a5, a1, a0
	mulw	a4, a5, a0
	subw	a1, a1, a4
	sw	a1, 0(a3)
	addi	s2, s2, 1
	addi	a3, a3, 4
	addiw	a4, a2, 1
	mv	a1, a5
	bgtz	a5, .LBB2_9
# %bb.10:                               #   in Loop: Header=BB2_5 Depth=2
	sext.w	a0, s2
	blez	a0, .LBB2_4
# %bb.11:                               #   in Loop: Header=BB2_5 Depth=2
	slli	a0, a2, 32
	srli	a0, a0, 32
	addi	s3, a0, 1
	j	.LBB2_13
.LBB2_12:                               #   in Loop: Header=BB2_13 Depth=3
	addw	a0, a0, a1
	call	putch@plt
	addi	s3, s3, -1
	bgeu	s11, s3, .LBB2_4
.LBB2_13:                               #   Parent Loop BB2_2 Depth=1
                                        #     Parent Loop BB2_5 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	addiw	s2, s2, -1
	slli	a0, s2, 32
	srli	a0, a0, 30
	add	a0, a0, s0
	lw	a0, 0(a0)
	li	a1, 48
	blt	a0, s7, .LBB2_12
# %bb.14:                               #   in Loop: Header=BB2_13 Depth=3
	li	a1, 87
	j	.LBB2_12
.LBB2_15:
	lui	a0, 1033825
	addiw	a0, a0, -730
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lui	a0, 8
	addiw	a0, a0, -1
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 255
	ld	ra, 120(sp)                     # 8-byte Folded Reload
	ld	s0, 112(sp)                     # 8-byte Folded Reload
	ld	s1, 104(sp)                     # 8-byte Folded Reload
	ld	s2, 96(sp)                      # 8-byte Folded Reload
	ld	s3, 88(sp)                      # 8-byte Folded Reload
	ld	s4, 80(sp)                      # 8-byte Folded Reload
	ld	s5, 72(sp)                      # 8-byte Folded Reload
	ld	s6, 64(sp)                      # 8-byte Folded Reload
	ld	s7, 56(sp)                      # 8-byte Folded Reload
	ld	s8, 48(sp)                      # 8-byte Folded Reload
	ld	s9, 40(sp)                      # 8-byte Folded Reload
	ld	s10, 32(sp)                     # 8-byte Folded Reload
	ld	s11, 24(sp)                     # 8-byte Folded Reload
	addi	sp, sp, 128
	ret
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	digits,@object                  # @digits
	.bss
	.globl	digits
	.p2align	2
digits:
	.zero	160
	.size	digits, 160

	.type	.L__const.main.values,@object   # @__const.main.values
	.section	.rodata,"a",@progbits
	.p2align	2
.L__const.main.values:
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	255                             # 0xff
	.word	4294963200                      # 0xfffff000
	.word	123456789                       # 0x75bcd15
	.word	2147483647                      # 0x7fffffff
	.word	30                              # 0x1e
	.size	.L__const.main.values, 28

	.type	.L__const.main.bases,@object    # @__const.main.bases
	.section	.rodata.cst16,"aM",@progbits,16
	.p2align	2
.L__const.main.bases:
	.word	2                               # 0x2
	.word	8                               # 0x8
	.word	16                              # 0x10
	.word	36                              # 0x24
	.size	.L__const.main.bases, 16

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
